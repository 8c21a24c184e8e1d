/* A redirect page: the same script on every one; the account's links are the page's
   own buttons (#w web, #ai iOS app, #aa Android app). Nothing is read from the URL. */
(function(){
setup();
var d=document,$=function(i){return d.getElementById(i)},h=function(e){return e&&e.getAttribute('href')},
w=$('w'),ai=$('ai'),aa=$('aa'),c=$('cl'),t,
v=decide(navigator.userAgent,{web:h(w),ios:h(ai),android:h(aa),wx:$('m').hasAttribute('data-wx'),app:$('m').hasAttribute('data-app')}),m=v.mode,x=v.os=='ios'?aa:ai,
stop=function(){clearTimeout(t)};
d.documentElement.className+=' m-'+m;desk(m);
if(m=='desktop-web'||m=='web')return location.replace(v.web);
if(m=='try-app'){
if(x)x.hidden=true;
$('op').hidden=false;
/* no fallback once the app took over, or an "Open in …?" prompt took the focus */
if(v.web)t=setTimeout(function(){if(!d.hidden)location.replace(v.web)},2000);
d.addEventListener('visibilitychange',function(){if(d.hidden)stop()});addEventListener('pagehide',stop);addEventListener('blur',stop);
location.href=v.link;return}
if(ai)ai.hidden=true;if(aa)aa.hidden=true;if(w&&!v.web)w.hidden=true;
if(m=='overlay'){$(v.os=='ios'?'oi':'oa').hidden=false;$('ov').hidden=false}else if(c)c.hidden=true
})();
