/** CSS of the chat page (Telegram-like, light, mobile-first). */
export const CHAT_PAGE_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:15px/1.4 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#0f1419}
body{background:#c8d9b4;display:flex;justify-content:center}
.app{display:flex;flex-direction:column;width:100%;max-width:760px;height:100%;background:#dfe8d0;
  background-image:radial-gradient(#cbd8b8 1px,transparent 1px);background-size:18px 18px}
header{display:flex;align-items:center;gap:10px;padding:8px 12px;background:#fff;border-bottom:1px solid #d6dde3}
.avatar{width:38px;height:38px;border-radius:50%;background:linear-gradient(135deg,#6ec6ff,#2a9de8);color:#fff;
  display:flex;align-items:center;justify-content:center;font-weight:600;flex:none}
.title{flex:1;min-width:0}
.title b{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.title small{color:#707f8c}
.title small.typing{color:#2a9de8}
header select,header button{font:inherit;font-size:13px;border:1px solid #cfd8e0;background:#f5f7f9;border-radius:8px;
  padding:5px 8px;color:#24303a;cursor:pointer}
header button.danger{color:#c0392b}
#messages{flex:1;overflow-y:auto;padding:12px 10px 6px;display:flex;flex-direction:column;gap:6px}
.msg{max-width:82%;padding:7px 10px 5px;border-radius:14px;box-shadow:0 1px 1px rgba(0,0,0,.12);position:relative;
  word-wrap:break-word;overflow-wrap:anywhere}
.msg.bot{align-self:flex-start;background:#fff;border-bottom-left-radius:4px}
.msg.user{align-self:flex-end;background:#e3fcc8;border-bottom-right-radius:4px}
.msg .text{white-space:pre-wrap}
.msg .meta{font-size:11px;color:#8b9aa5;text-align:right;margin-top:2px}
.msg.user .meta{color:#5ea34c}
.msg img{display:block;max-width:100%;max-height:320px;border-radius:10px;margin:-2px -4px 4px}
.msg .doc{display:flex;align-items:center;gap:8px;text-decoration:none;color:#1f6fb2;margin-bottom:4px}
.msg .doc::before{content:"";flex:none;width:34px;height:34px;border-radius:50%;background:#2a9de8}
.msg a{color:#1f6fb2}
.msg code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px;background:#eef2f5;border-radius:4px;padding:0 3px}
.msg pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px;background:#eef2f5;border-radius:6px;padding:6px 8px;
  margin:4px 0;white-space:pre-wrap}
.msg blockquote{margin:4px 0;padding:2px 8px;border-left:3px solid #2a9de8;background:#eef6fd;border-radius:4px}
.msg .spoiler{background:#b9c3cc;color:transparent;border-radius:3px;cursor:pointer}
.msg .spoiler.shown{background:none;color:inherit}
.msg .cmd{color:#1f6fb2;cursor:pointer}
.ikb{display:flex;flex-direction:column;gap:4px;margin-top:4px;align-self:flex-start;max-width:82%;min-width:220px}
.ikb .row{display:flex;gap:4px}
.ikb button,.ikb a{flex:1;font:inherit;font-size:14px;padding:7px 8px;border:0;border-radius:10px;cursor:pointer;
  background:rgba(70,110,70,.45);color:#fff;text-align:center;text-decoration:none}
.ikb button:hover{background:rgba(70,110,70,.6)}
.ikb button.pending{opacity:.6}
.system{align-self:center;background:rgba(60,80,60,.35);color:#fff;font-size:12px;border-radius:10px;padding:2px 10px}
#rkb{display:none;flex-wrap:wrap;gap:4px;padding:6px;background:#f0f3f5;border-top:1px solid #d6dde3}
#rkb.shown{display:flex;flex-direction:column}
#rkb .row{display:flex;gap:4px}
#rkb button{flex:1;font:inherit;padding:9px;border:1px solid #d0d8df;border-radius:8px;background:#fff;cursor:pointer}
form{display:flex;gap:6px;align-items:center;padding:8px;background:#fff;border-top:1px solid #d6dde3}
form input[type=text]{flex:1;min-width:0;font:inherit;padding:9px 12px;border:1px solid #d0d8df;border-radius:20px;outline:none}
form input[type=text]:focus{border-color:#2a9de8}
form button,form label{flex:none;font:inherit;border:0;border-radius:50%;width:40px;height:40px;cursor:pointer;
  display:flex;align-items:center;justify-content:center;font-size:18px}
#send-btn{background:#2a9de8;color:#fff}
#attach{background:#eef2f5;color:#56636e}
#file-input{display:none}
#toast{position:fixed;left:50%;top:70px;transform:translateX(-50%);max-width:90%;background:rgba(20,30,40,.88);color:#fff;
  padding:10px 16px;border-radius:10px;font-size:14px;display:none;z-index:10;white-space:pre-wrap}
#toast.shown{display:block}
#toast.alert{background:#fff;color:#0f1419;box-shadow:0 4px 20px rgba(0,0,0,.3)}
.empty{margin:auto;color:#5c6b5a;background:rgba(255,255,255,.6);padding:10px 16px;border-radius:12px}
#error{display:none;background:#fdecea;color:#b03a2e;padding:6px 12px;font-size:13px}
#error.shown{display:block}
@media (max-width:520px){.msg,.ikb{max-width:92%}header select{max-width:110px}}
`;
