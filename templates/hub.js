/* The hub: share button, in-app banner, WeChat codes opened inside WeChat, and on a
   phone browser that can open apps, a tap on an account with an app link goes to its
   redirect page, which tries the app and keeps visible buttons for when it cannot. */
(function(){
var d=document,say=setup(),u=navigator.userAgent,me=decide(u,{web:1,ios:1,android:1}),s=d.getElementById('sh'),b=d.getElementById('ib'),o=me.os=='ios'?'i':'a';
s.hidden=false;
s.addEventListener('click',function(){var l=d.querySelector('link[rel=canonical]').href;if(navigator.share)navigator.share({title:d.title,url:l}).catch(function(){});else copyText(l,say)});
desk(me.mode);
if(me.mode=='overlay'&&d.querySelector('a[data-app]')){b.lastChild.textContent=b.getAttribute('data-'+o);b.hidden=false}
if(me.app=='wechat')[].forEach.call(d.querySelectorAll('details.w'),function(x){x.open=true});
d.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[data-app]'),f;
if(!a||e.defaultPrevented||e.button||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;f=a.getAttribute('data-app');
if(decide(u,{web:1,ios:f.indexOf('i')>=0,android:f.indexOf('a')>=0}).mode=='try-app'){e.preventDefault();location.href=a.getAttribute('data-go')}})
})();
