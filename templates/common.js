/* Shared by the hub and the redirect pages; nothing runs on load. Comments are stripped
   when a page is rendered. decide() is pure: tests/js/decide.test.mjs runs it in Node.
   In-app browsers, first match wins, in the order of platforms.md §4.1. QQ Browser (a
   normal browser) only counts without TBS/ and '; wv)': apps built on Tencent's X5
   web-view also say MQQBrowser/, and must fall through to their own token. */
var APPS=[['wecom',/wxwork\//i],['wechat',/MicroMessenger/i],['qq',/ QQ\//],['qqbrowser',/^(?!.*(?:TBS\/|; wv\))).*QQBrowser\//],['weibo',/weibo/i],['tiktok',/musical_ly|trill/i],['douyin',/aweme/i],['toutiao',/NewsArticle/],['bytedance',/Bytedance|ByteLocale/i],['xiaohongshu',/xhsdiscover|XHS\//i],['kuaishou',/Kwai|KsWebView|ksNebula|ksthanos|Yoda/],['bilibili',/BiliApp/i],['alipay',/AlipayClient/i],['dingtalk',/DingTalk/i],['feishu',/Lark\/|Feishu/i],['baidu',/baiduboxapp/i],['facebook',/FBAN|FBAV|FB_IAB|FBIOS|FB4A|MetaIAB/],['instagram',/Instagram/],['threads',/Barcelona/],['line',/ Line\//],['snapchat',/Snapchat/],['linkedin',/LinkedInApp/],['whatsapp',/WAiOS|WA4A/],['google',/ GSA\//]];
/* u: the user agent; t: {web, ios, android (links, or flags), app (the platform has an app,
   on either system, even when this account has no link to it), wx (a WeChat-native account)}.
   Gives {mode, os, app, link, web}; mode: desktop-web | desktop-qr | try-app | web | overlay | wechat-qr | qr.
   An in-app browser ('webview' when only the generic signs match) never tries an app link:
   it gets the overlay when the platform has an app, on either system (Xiaohongshu's link
   is for iOS only, a Taobao short link has none: both still want the system browser),
   else the web page. QQ Browser is a
   normal browser. A WeChat-native account's web page (an Official Account's) only works
   inside WeChat, so elsewhere it counts as none. Only an http(s) page is gone to on
   load: a contact's mailto: or tel: opens an app, which in-app browsers block and
   other browsers refuse without a tap, so its page stays (mode qr or desktop-qr) with
   the link to tap and the address to copy. */
function decide(u,t){
var o=/iPhone|iPad|iPod/.test(u)?'ios':/Android/.test(u)?'android':'other',
p=o!='other'||/Mobile|OpenHarmony/.test(u),a='',i,m,w,g,
l=o=='ios'?t.ios:o=='android'?t.android:null;
for(i=0;i<APPS.length;i++)if(APPS[i][1].test(u)){a=APPS[i][0];break}
if(!a&&(o=='android'&&/; wv\)/.test(u)||o=='ios'&&!/Safari\//.test(u)))a='webview';
w=t.web&&(!t.wx||a=='wechat')?t.web:null;g=/^https?:/i.test(w);
m=!p?(g?'desktop-web':'desktop-qr'):t.wx&&a=='wechat'?(g?'web':'wechat-qr'):a&&a!='qqbrowser'?(!w?'qr':t.app||t.ios||t.android?'overlay':g?'web':'qr'):l?'try-app':g?'web':'qr';
return{mode:m,os:o,app:a,link:m=='try-app'?l:null,web:w}}
/* Copies t, then calls f(copied?). */
function copyText(t,f){
var d=document,b=function(){var e=d.createElement('textarea'),r=false;e.value=t;e.setAttribute('readonly','');e.className='off';d.body.appendChild(e);e.select();try{e.setSelectionRange(0,t.length);r=d.execCommand('copy')}catch(x){}d.body.removeChild(e);f(r)};
if(navigator.clipboard&&window.isSecureContext)navigator.clipboard.writeText(t).then(function(){f(true)},b);else b()}
/* On a desktop, where there is nothing to long-press, a WeChat code's caption (its
   data-d) says to scan it with WeChat. m: the mode decide() gave. */
function desk(m){if(/^desktop/.test(m))[].forEach.call(document.querySelectorAll('[data-d]'),function(e){e.textContent=e.getAttribute('data-d')})}
/* JS is on: shows the copy buttons (hidden without JS) and wires them; gives say(ok),
   which shows "copied" or "could not copy" in the status line. When copying fails, the
   text beside the button is selected for a manual copy. */
function setup(){
var d=document,s=d.getElementById('st'),k,say=function(ok){s.textContent=s.getAttribute(ok?'data-ok':'data-no');clearTimeout(k);k=setTimeout(function(){s.textContent=''},2500)};
d.documentElement.className+=' js';
[].forEach.call(d.querySelectorAll('[data-c]'),function(b){b.hidden=false;b.addEventListener('click',function(){copyText(b.getAttribute('data-c'),function(ok){var e=b.previousElementSibling;say(ok);if(!ok&&e)getSelection().selectAllChildren(e)})})});
return say}
