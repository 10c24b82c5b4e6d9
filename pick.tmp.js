const {extract}=require('./dist/extract');const {scorePlv}=require('./dist/eval/plv');const {evalSetOf}=require('./dist/eval/split');
const recs=JSON.parse(require('fs').readFileSync('../shared/eval/plover-plv-train.json','utf8')).records.filter(r=>evalSetOf(r.id)==='tune');
const by={};
for(const r of recs){const res=extract({text:r.text});const s=scorePlv(r,res);if(s.withSource&&r.text.length<170){(by[r.category]??=[]).push(r);}}
for(const [c,rs] of Object.entries(by)) for(const r of rs.slice(0,3)) console.log(c,r.id,JSON.stringify(r.pairs[0].source),'|',r.text);
