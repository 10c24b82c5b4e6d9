const {extract}=require('./dist/extract');const {tagText}=require('./dist/extract/text/pos');const {tokenize}=require('./dist/extract/text/tokens');
for (const s of process.argv.slice(2)) {
  const r=extract({text:s});const n=new Map(r.entities.map(e=>[e.id,e.name]));
  const tg=tagText(s);console.log(tokenize(s).map(t=>t.text+'/'+tg.at(t.start)).join(' '));
  console.log(' entities:',r.entities.map(e=>e.id+'('+e.mentions.map(m=>m.text).join('|')+')').join(', '));
  for(const e of r.events) console.log(' ',e.relation,e.source.map(x=>n.get(x)),'->',e.target.map(x=>n.get(x)),e.pattern);
}
