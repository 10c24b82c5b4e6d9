const {extract}=require('./dist/extract');const fs=require('fs');
const lines=fs.readFileSync('../shared/corpus/kremlin-2021-2022.jsonl','utf8').split('\n').filter(Boolean).slice(0,300);
const t=process.cpuUsage();let b=0;
for(const l of lines){const a=JSON.parse(l);b+=a.text.length;extract({text:a.text,date:a.published.slice(0,10)});}
const d=process.cpuUsage(t);console.log(b/1e6,'MB',(d.user+d.system)/1e6,'s');
