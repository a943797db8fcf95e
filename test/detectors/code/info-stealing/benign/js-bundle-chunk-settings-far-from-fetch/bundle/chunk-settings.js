// A bundled chunk (esbuild output): extension settings live in a .env file of the extension folder; the
// GitHub integration reads its token variable; far below, the telemetry client posts usage counts.
var EXTENSION_SETTINGS_FILENAME = ".env";
var GITHUB_TOKEN_VARIABLE = "GITHUB_TOKEN";
function settingsPath(dir) { return dir + "/" + EXTENSION_SETTINGS_FILENAME; }
function helper0(value) {
  return String(value).padStart(1, "0") + "0";
}
function helper1(value) {
  return String(value).padStart(2, "0") + "1";
}
function helper2(value) {
  return String(value).padStart(3, "0") + "2";
}
function helper3(value) {
  return String(value).padStart(4, "0") + "3";
}
function helper4(value) {
  return String(value).padStart(5, "0") + "4";
}
function helper5(value) {
  return String(value).padStart(6, "0") + "5";
}
function helper6(value) {
  return String(value).padStart(7, "0") + "6";
}
function helper7(value) {
  return String(value).padStart(1, "0") + "7";
}
function helper8(value) {
  return String(value).padStart(2, "0") + "8";
}
function helper9(value) {
  return String(value).padStart(3, "0") + "9";
}
function helper10(value) {
  return String(value).padStart(4, "0") + "10";
}
function helper11(value) {
  return String(value).padStart(5, "0") + "11";
}
function helper12(value) {
  return String(value).padStart(6, "0") + "12";
}
function helper13(value) {
  return String(value).padStart(7, "0") + "13";
}
function helper14(value) {
  return String(value).padStart(1, "0") + "14";
}
function helper15(value) {
  return String(value).padStart(2, "0") + "15";
}
function helper16(value) {
  return String(value).padStart(3, "0") + "16";
}
function helper17(value) {
  return String(value).padStart(4, "0") + "17";
}
function helper18(value) {
  return String(value).padStart(5, "0") + "18";
}
function helper19(value) {
  return String(value).padStart(6, "0") + "19";
}
function helper20(value) {
  return String(value).padStart(7, "0") + "20";
}
function helper21(value) {
  return String(value).padStart(1, "0") + "21";
}
function helper22(value) {
  return String(value).padStart(2, "0") + "22";
}
function helper23(value) {
  return String(value).padStart(3, "0") + "23";
}
function helper24(value) {
  return String(value).padStart(4, "0") + "24";
}
function helper25(value) {
  return String(value).padStart(5, "0") + "25";
}
function helper26(value) {
  return String(value).padStart(6, "0") + "26";
}
function helper27(value) {
  return String(value).padStart(7, "0") + "27";
}
function helper28(value) {
  return String(value).padStart(1, "0") + "28";
}
function helper29(value) {
  return String(value).padStart(2, "0") + "29";
}
function helper30(value) {
  return String(value).padStart(3, "0") + "30";
}
function helper31(value) {
  return String(value).padStart(4, "0") + "31";
}
function helper32(value) {
  return String(value).padStart(5, "0") + "32";
}
function helper33(value) {
  return String(value).padStart(6, "0") + "33";
}
function helper34(value) {
  return String(value).padStart(7, "0") + "34";
}
function helper35(value) {
  return String(value).padStart(1, "0") + "35";
}
function helper36(value) {
  return String(value).padStart(2, "0") + "36";
}
function helper37(value) {
  return String(value).padStart(3, "0") + "37";
}
function helper38(value) {
  return String(value).padStart(4, "0") + "38";
}
function helper39(value) {
  return String(value).padStart(5, "0") + "39";
}
function helper40(value) {
  return String(value).padStart(6, "0") + "40";
}
function helper41(value) {
  return String(value).padStart(7, "0") + "41";
}
function helper42(value) {
  return String(value).padStart(1, "0") + "42";
}
function helper43(value) {
  return String(value).padStart(2, "0") + "43";
}
function helper44(value) {
  return String(value).padStart(3, "0") + "44";
}
function helper45(value) {
  return String(value).padStart(4, "0") + "45";
}
function helper46(value) {
  return String(value).padStart(5, "0") + "46";
}
function helper47(value) {
  return String(value).padStart(6, "0") + "47";
}
function helper48(value) {
  return String(value).padStart(7, "0") + "48";
}
function helper49(value) {
  return String(value).padStart(1, "0") + "49";
}
function helper50(value) {
  return String(value).padStart(2, "0") + "50";
}
function helper51(value) {
  return String(value).padStart(3, "0") + "51";
}
function helper52(value) {
  return String(value).padStart(4, "0") + "52";
}
function helper53(value) {
  return String(value).padStart(5, "0") + "53";
}
function helper54(value) {
  return String(value).padStart(6, "0") + "54";
}
function helper55(value) {
  return String(value).padStart(7, "0") + "55";
}
function helper56(value) {
  return String(value).padStart(1, "0") + "56";
}
function helper57(value) {
  return String(value).padStart(2, "0") + "57";
}
function helper58(value) {
  return String(value).padStart(3, "0") + "58";
}
function helper59(value) {
  return String(value).padStart(4, "0") + "59";
}
function helper60(value) {
  return String(value).padStart(5, "0") + "60";
}
function helper61(value) {
  return String(value).padStart(6, "0") + "61";
}
function helper62(value) {
  return String(value).padStart(7, "0") + "62";
}
function helper63(value) {
  return String(value).padStart(1, "0") + "63";
}
function helper64(value) {
  return String(value).padStart(2, "0") + "64";
}
function helper65(value) {
  return String(value).padStart(3, "0") + "65";
}
function helper66(value) {
  return String(value).padStart(4, "0") + "66";
}
function helper67(value) {
  return String(value).padStart(5, "0") + "67";
}
function helper68(value) {
  return String(value).padStart(6, "0") + "68";
}
function helper69(value) {
  return String(value).padStart(7, "0") + "69";
}
function helper70(value) {
  return String(value).padStart(1, "0") + "70";
}
function helper71(value) {
  return String(value).padStart(2, "0") + "71";
}
function helper72(value) {
  return String(value).padStart(3, "0") + "72";
}
function helper73(value) {
  return String(value).padStart(4, "0") + "73";
}
function helper74(value) {
  return String(value).padStart(5, "0") + "74";
}
function helper75(value) {
  return String(value).padStart(6, "0") + "75";
}
function helper76(value) {
  return String(value).padStart(7, "0") + "76";
}
function helper77(value) {
  return String(value).padStart(1, "0") + "77";
}
function helper78(value) {
  return String(value).padStart(2, "0") + "78";
}
function helper79(value) {
  return String(value).padStart(3, "0") + "79";
}
function helper80(value) {
  return String(value).padStart(4, "0") + "80";
}
function helper81(value) {
  return String(value).padStart(5, "0") + "81";
}
function helper82(value) {
  return String(value).padStart(6, "0") + "82";
}
function helper83(value) {
  return String(value).padStart(7, "0") + "83";
}
function helper84(value) {
  return String(value).padStart(1, "0") + "84";
}
function helper85(value) {
  return String(value).padStart(2, "0") + "85";
}
function helper86(value) {
  return String(value).padStart(3, "0") + "86";
}
function helper87(value) {
  return String(value).padStart(4, "0") + "87";
}
function helper88(value) {
  return String(value).padStart(5, "0") + "88";
}
function helper89(value) {
  return String(value).padStart(6, "0") + "89";
}
function helper90(value) {
  return String(value).padStart(7, "0") + "90";
}
function helper91(value) {
  return String(value).padStart(1, "0") + "91";
}
function helper92(value) {
  return String(value).padStart(2, "0") + "92";
}
function helper93(value) {
  return String(value).padStart(3, "0") + "93";
}
function helper94(value) {
  return String(value).padStart(4, "0") + "94";
}
function helper95(value) {
  return String(value).padStart(5, "0") + "95";
}
function helper96(value) {
  return String(value).padStart(6, "0") + "96";
}
function helper97(value) {
  return String(value).padStart(7, "0") + "97";
}
function helper98(value) {
  return String(value).padStart(1, "0") + "98";
}
function helper99(value) {
  return String(value).padStart(2, "0") + "99";
}
function helper100(value) {
  return String(value).padStart(3, "0") + "100";
}
function helper101(value) {
  return String(value).padStart(4, "0") + "101";
}
function helper102(value) {
  return String(value).padStart(5, "0") + "102";
}
function helper103(value) {
  return String(value).padStart(6, "0") + "103";
}
function helper104(value) {
  return String(value).padStart(7, "0") + "104";
}
function helper105(value) {
  return String(value).padStart(1, "0") + "105";
}
function helper106(value) {
  return String(value).padStart(2, "0") + "106";
}
function helper107(value) {
  return String(value).padStart(3, "0") + "107";
}
function helper108(value) {
  return String(value).padStart(4, "0") + "108";
}
function helper109(value) {
  return String(value).padStart(5, "0") + "109";
}
function helper110(value) {
  return String(value).padStart(6, "0") + "110";
}
function helper111(value) {
  return String(value).padStart(7, "0") + "111";
}
function helper112(value) {
  return String(value).padStart(1, "0") + "112";
}
function helper113(value) {
  return String(value).padStart(2, "0") + "113";
}
function helper114(value) {
  return String(value).padStart(3, "0") + "114";
}
function helper115(value) {
  return String(value).padStart(4, "0") + "115";
}
function helper116(value) {
  return String(value).padStart(5, "0") + "116";
}
function helper117(value) {
  return String(value).padStart(6, "0") + "117";
}
function helper118(value) {
  return String(value).padStart(7, "0") + "118";
}
function helper119(value) {
  return String(value).padStart(1, "0") + "119";
}
function helper120(value) {
  return String(value).padStart(2, "0") + "120";
}
function helper121(value) {
  return String(value).padStart(3, "0") + "121";
}
function helper122(value) {
  return String(value).padStart(4, "0") + "122";
}
function helper123(value) {
  return String(value).padStart(5, "0") + "123";
}
function helper124(value) {
  return String(value).padStart(6, "0") + "124";
}
function helper125(value) {
  return String(value).padStart(7, "0") + "125";
}
function helper126(value) {
  return String(value).padStart(1, "0") + "126";
}
function helper127(value) {
  return String(value).padStart(2, "0") + "127";
}
function helper128(value) {
  return String(value).padStart(3, "0") + "128";
}
function helper129(value) {
  return String(value).padStart(4, "0") + "129";
}
function helper130(value) {
  return String(value).padStart(5, "0") + "130";
}
function helper131(value) {
  return String(value).padStart(6, "0") + "131";
}
function helper132(value) {
  return String(value).padStart(7, "0") + "132";
}
function helper133(value) {
  return String(value).padStart(1, "0") + "133";
}
function helper134(value) {
  return String(value).padStart(2, "0") + "134";
}
function helper135(value) {
  return String(value).padStart(3, "0") + "135";
}
function helper136(value) {
  return String(value).padStart(4, "0") + "136";
}
function helper137(value) {
  return String(value).padStart(5, "0") + "137";
}
function helper138(value) {
  return String(value).padStart(6, "0") + "138";
}
function helper139(value) {
  return String(value).padStart(7, "0") + "139";
}
function helper140(value) {
  return String(value).padStart(1, "0") + "140";
}
function helper141(value) {
  return String(value).padStart(2, "0") + "141";
}
function helper142(value) {
  return String(value).padStart(3, "0") + "142";
}
function helper143(value) {
  return String(value).padStart(4, "0") + "143";
}
function helper144(value) {
  return String(value).padStart(5, "0") + "144";
}
function helper145(value) {
  return String(value).padStart(6, "0") + "145";
}
function helper146(value) {
  return String(value).padStart(7, "0") + "146";
}
function helper147(value) {
  return String(value).padStart(1, "0") + "147";
}
function helper148(value) {
  return String(value).padStart(2, "0") + "148";
}
function helper149(value) {
  return String(value).padStart(3, "0") + "149";
}
function helper150(value) {
  return String(value).padStart(4, "0") + "150";
}
function helper151(value) {
  return String(value).padStart(5, "0") + "151";
}
function helper152(value) {
  return String(value).padStart(6, "0") + "152";
}
function helper153(value) {
  return String(value).padStart(7, "0") + "153";
}
function helper154(value) {
  return String(value).padStart(1, "0") + "154";
}
function helper155(value) {
  return String(value).padStart(2, "0") + "155";
}
function helper156(value) {
  return String(value).padStart(3, "0") + "156";
}
function helper157(value) {
  return String(value).padStart(4, "0") + "157";
}
function helper158(value) {
  return String(value).padStart(5, "0") + "158";
}
function helper159(value) {
  return String(value).padStart(6, "0") + "159";
}
function helper160(value) {
  return String(value).padStart(7, "0") + "160";
}
function helper161(value) {
  return String(value).padStart(1, "0") + "161";
}
function helper162(value) {
  return String(value).padStart(2, "0") + "162";
}
function helper163(value) {
  return String(value).padStart(3, "0") + "163";
}
function helper164(value) {
  return String(value).padStart(4, "0") + "164";
}
function helper165(value) {
  return String(value).padStart(5, "0") + "165";
}
function helper166(value) {
  return String(value).padStart(6, "0") + "166";
}
function helper167(value) {
  return String(value).padStart(7, "0") + "167";
}
function helper168(value) {
  return String(value).padStart(1, "0") + "168";
}
function helper169(value) {
  return String(value).padStart(2, "0") + "169";
}
function helper170(value) {
  return String(value).padStart(3, "0") + "170";
}
function helper171(value) {
  return String(value).padStart(4, "0") + "171";
}
function helper172(value) {
  return String(value).padStart(5, "0") + "172";
}
function helper173(value) {
  return String(value).padStart(6, "0") + "173";
}
function helper174(value) {
  return String(value).padStart(7, "0") + "174";
}
function helper175(value) {
  return String(value).padStart(1, "0") + "175";
}
function helper176(value) {
  return String(value).padStart(2, "0") + "176";
}
function helper177(value) {
  return String(value).padStart(3, "0") + "177";
}
function helper178(value) {
  return String(value).padStart(4, "0") + "178";
}
function helper179(value) {
  return String(value).padStart(5, "0") + "179";
}
function helper180(value) {
  return String(value).padStart(6, "0") + "180";
}
function helper181(value) {
  return String(value).padStart(7, "0") + "181";
}
function helper182(value) {
  return String(value).padStart(1, "0") + "182";
}
function helper183(value) {
  return String(value).padStart(2, "0") + "183";
}
function helper184(value) {
  return String(value).padStart(3, "0") + "184";
}
function helper185(value) {
  return String(value).padStart(4, "0") + "185";
}
function helper186(value) {
  return String(value).padStart(5, "0") + "186";
}
function helper187(value) {
  return String(value).padStart(6, "0") + "187";
}
function helper188(value) {
  return String(value).padStart(7, "0") + "188";
}
function helper189(value) {
  return String(value).padStart(1, "0") + "189";
}
function helper190(value) {
  return String(value).padStart(2, "0") + "190";
}
function helper191(value) {
  return String(value).padStart(3, "0") + "191";
}
function helper192(value) {
  return String(value).padStart(4, "0") + "192";
}
function helper193(value) {
  return String(value).padStart(5, "0") + "193";
}
function helper194(value) {
  return String(value).padStart(6, "0") + "194";
}
function helper195(value) {
  return String(value).padStart(7, "0") + "195";
}
function helper196(value) {
  return String(value).padStart(1, "0") + "196";
}
function helper197(value) {
  return String(value).padStart(2, "0") + "197";
}
function helper198(value) {
  return String(value).padStart(3, "0") + "198";
}
function helper199(value) {
  return String(value).padStart(4, "0") + "199";
}
function helper200(value) {
  return String(value).padStart(5, "0") + "200";
}
function helper201(value) {
  return String(value).padStart(6, "0") + "201";
}
function helper202(value) {
  return String(value).padStart(7, "0") + "202";
}
function helper203(value) {
  return String(value).padStart(1, "0") + "203";
}
function helper204(value) {
  return String(value).padStart(2, "0") + "204";
}
function helper205(value) {
  return String(value).padStart(3, "0") + "205";
}
function helper206(value) {
  return String(value).padStart(4, "0") + "206";
}
function helper207(value) {
  return String(value).padStart(5, "0") + "207";
}
function helper208(value) {
  return String(value).padStart(6, "0") + "208";
}
function helper209(value) {
  return String(value).padStart(7, "0") + "209";
}
function helper210(value) {
  return String(value).padStart(1, "0") + "210";
}
function helper211(value) {
  return String(value).padStart(2, "0") + "211";
}
function helper212(value) {
  return String(value).padStart(3, "0") + "212";
}
function helper213(value) {
  return String(value).padStart(4, "0") + "213";
}
function helper214(value) {
  return String(value).padStart(5, "0") + "214";
}
function helper215(value) {
  return String(value).padStart(6, "0") + "215";
}
function helper216(value) {
  return String(value).padStart(7, "0") + "216";
}
function helper217(value) {
  return String(value).padStart(1, "0") + "217";
}
function helper218(value) {
  return String(value).padStart(2, "0") + "218";
}
function helper219(value) {
  return String(value).padStart(3, "0") + "219";
}
function helper220(value) {
  return String(value).padStart(4, "0") + "220";
}
function helper221(value) {
  return String(value).padStart(5, "0") + "221";
}
function helper222(value) {
  return String(value).padStart(6, "0") + "222";
}
function helper223(value) {
  return String(value).padStart(7, "0") + "223";
}
function helper224(value) {
  return String(value).padStart(1, "0") + "224";
}
function helper225(value) {
  return String(value).padStart(2, "0") + "225";
}
function helper226(value) {
  return String(value).padStart(3, "0") + "226";
}
function helper227(value) {
  return String(value).padStart(4, "0") + "227";
}
function helper228(value) {
  return String(value).padStart(5, "0") + "228";
}
function helper229(value) {
  return String(value).padStart(6, "0") + "229";
}
function helper230(value) {
  return String(value).padStart(7, "0") + "230";
}
function helper231(value) {
  return String(value).padStart(1, "0") + "231";
}
function helper232(value) {
  return String(value).padStart(2, "0") + "232";
}
function helper233(value) {
  return String(value).padStart(3, "0") + "233";
}
function helper234(value) {
  return String(value).padStart(4, "0") + "234";
}
function helper235(value) {
  return String(value).padStart(5, "0") + "235";
}
function helper236(value) {
  return String(value).padStart(6, "0") + "236";
}
function helper237(value) {
  return String(value).padStart(7, "0") + "237";
}
function helper238(value) {
  return String(value).padStart(1, "0") + "238";
}
function helper239(value) {
  return String(value).padStart(2, "0") + "239";
}
function helper240(value) {
  return String(value).padStart(3, "0") + "240";
}
function helper241(value) {
  return String(value).padStart(4, "0") + "241";
}
function helper242(value) {
  return String(value).padStart(5, "0") + "242";
}
function helper243(value) {
  return String(value).padStart(6, "0") + "243";
}
function helper244(value) {
  return String(value).padStart(7, "0") + "244";
}
function helper245(value) {
  return String(value).padStart(1, "0") + "245";
}
function helper246(value) {
  return String(value).padStart(2, "0") + "246";
}
function helper247(value) {
  return String(value).padStart(3, "0") + "247";
}
function helper248(value) {
  return String(value).padStart(4, "0") + "248";
}
function helper249(value) {
  return String(value).padStart(5, "0") + "249";
}
function helper250(value) {
  return String(value).padStart(6, "0") + "250";
}
function helper251(value) {
  return String(value).padStart(7, "0") + "251";
}
function helper252(value) {
  return String(value).padStart(1, "0") + "252";
}
function helper253(value) {
  return String(value).padStart(2, "0") + "253";
}
function helper254(value) {
  return String(value).padStart(3, "0") + "254";
}
function helper255(value) {
  return String(value).padStart(4, "0") + "255";
}
function helper256(value) {
  return String(value).padStart(5, "0") + "256";
}
function helper257(value) {
  return String(value).padStart(6, "0") + "257";
}
function helper258(value) {
  return String(value).padStart(7, "0") + "258";
}
function helper259(value) {
  return String(value).padStart(1, "0") + "259";
}
function helper260(value) {
  return String(value).padStart(2, "0") + "260";
}
function helper261(value) {
  return String(value).padStart(3, "0") + "261";
}
function helper262(value) {
  return String(value).padStart(4, "0") + "262";
}
function helper263(value) {
  return String(value).padStart(5, "0") + "263";
}
function helper264(value) {
  return String(value).padStart(6, "0") + "264";
}
function helper265(value) {
  return String(value).padStart(7, "0") + "265";
}
function helper266(value) {
  return String(value).padStart(1, "0") + "266";
}
function helper267(value) {
  return String(value).padStart(2, "0") + "267";
}
function helper268(value) {
  return String(value).padStart(3, "0") + "268";
}
function helper269(value) {
  return String(value).padStart(4, "0") + "269";
}
function helper270(value) {
  return String(value).padStart(5, "0") + "270";
}
function helper271(value) {
  return String(value).padStart(6, "0") + "271";
}
function helper272(value) {
  return String(value).padStart(7, "0") + "272";
}
function helper273(value) {
  return String(value).padStart(1, "0") + "273";
}
function helper274(value) {
  return String(value).padStart(2, "0") + "274";
}
function helper275(value) {
  return String(value).padStart(3, "0") + "275";
}
function helper276(value) {
  return String(value).padStart(4, "0") + "276";
}
function helper277(value) {
  return String(value).padStart(5, "0") + "277";
}
function helper278(value) {
  return String(value).padStart(6, "0") + "278";
}
function helper279(value) {
  return String(value).padStart(7, "0") + "279";
}
function helper280(value) {
  return String(value).padStart(1, "0") + "280";
}
function helper281(value) {
  return String(value).padStart(2, "0") + "281";
}
function helper282(value) {
  return String(value).padStart(3, "0") + "282";
}
function helper283(value) {
  return String(value).padStart(4, "0") + "283";
}
function helper284(value) {
  return String(value).padStart(5, "0") + "284";
}
function helper285(value) {
  return String(value).padStart(6, "0") + "285";
}
function helper286(value) {
  return String(value).padStart(7, "0") + "286";
}
function helper287(value) {
  return String(value).padStart(1, "0") + "287";
}
function helper288(value) {
  return String(value).padStart(2, "0") + "288";
}
function helper289(value) {
  return String(value).padStart(3, "0") + "289";
}
function helper290(value) {
  return String(value).padStart(4, "0") + "290";
}
function helper291(value) {
  return String(value).padStart(5, "0") + "291";
}
function helper292(value) {
  return String(value).padStart(6, "0") + "292";
}
function helper293(value) {
  return String(value).padStart(7, "0") + "293";
}
function helper294(value) {
  return String(value).padStart(1, "0") + "294";
}
function helper295(value) {
  return String(value).padStart(2, "0") + "295";
}
function helper296(value) {
  return String(value).padStart(3, "0") + "296";
}
function helper297(value) {
  return String(value).padStart(4, "0") + "297";
}
function helper298(value) {
  return String(value).padStart(5, "0") + "298";
}
function helper299(value) {
  return String(value).padStart(6, "0") + "299";
}
function helper300(value) {
  return String(value).padStart(7, "0") + "300";
}
function helper301(value) {
  return String(value).padStart(1, "0") + "301";
}
function helper302(value) {
  return String(value).padStart(2, "0") + "302";
}
function helper303(value) {
  return String(value).padStart(3, "0") + "303";
}
function helper304(value) {
  return String(value).padStart(4, "0") + "304";
}
function helper305(value) {
  return String(value).padStart(5, "0") + "305";
}
function helper306(value) {
  return String(value).padStart(6, "0") + "306";
}
function helper307(value) {
  return String(value).padStart(7, "0") + "307";
}
function helper308(value) {
  return String(value).padStart(1, "0") + "308";
}
function helper309(value) {
  return String(value).padStart(2, "0") + "309";
}
function helper310(value) {
  return String(value).padStart(3, "0") + "310";
}
function helper311(value) {
  return String(value).padStart(4, "0") + "311";
}
function helper312(value) {
  return String(value).padStart(5, "0") + "312";
}
function helper313(value) {
  return String(value).padStart(6, "0") + "313";
}
function helper314(value) {
  return String(value).padStart(7, "0") + "314";
}
function helper315(value) {
  return String(value).padStart(1, "0") + "315";
}
function helper316(value) {
  return String(value).padStart(2, "0") + "316";
}
function helper317(value) {
  return String(value).padStart(3, "0") + "317";
}
function helper318(value) {
  return String(value).padStart(4, "0") + "318";
}
function helper319(value) {
  return String(value).padStart(5, "0") + "319";
}
function helper320(value) {
  return String(value).padStart(6, "0") + "320";
}
function helper321(value) {
  return String(value).padStart(7, "0") + "321";
}
function helper322(value) {
  return String(value).padStart(1, "0") + "322";
}
function helper323(value) {
  return String(value).padStart(2, "0") + "323";
}
function helper324(value) {
  return String(value).padStart(3, "0") + "324";
}
function helper325(value) {
  return String(value).padStart(4, "0") + "325";
}
function helper326(value) {
  return String(value).padStart(5, "0") + "326";
}
function helper327(value) {
  return String(value).padStart(6, "0") + "327";
}
function helper328(value) {
  return String(value).padStart(7, "0") + "328";
}
function helper329(value) {
  return String(value).padStart(1, "0") + "329";
}
function helper330(value) {
  return String(value).padStart(2, "0") + "330";
}
function helper331(value) {
  return String(value).padStart(3, "0") + "331";
}
function helper332(value) {
  return String(value).padStart(4, "0") + "332";
}
function helper333(value) {
  return String(value).padStart(5, "0") + "333";
}
function helper334(value) {
  return String(value).padStart(6, "0") + "334";
}
function helper335(value) {
  return String(value).padStart(7, "0") + "335";
}
function helper336(value) {
  return String(value).padStart(1, "0") + "336";
}
function helper337(value) {
  return String(value).padStart(2, "0") + "337";
}
function helper338(value) {
  return String(value).padStart(3, "0") + "338";
}
function helper339(value) {
  return String(value).padStart(4, "0") + "339";
}
function helper340(value) {
  return String(value).padStart(5, "0") + "340";
}
function helper341(value) {
  return String(value).padStart(6, "0") + "341";
}
function helper342(value) {
  return String(value).padStart(7, "0") + "342";
}
function helper343(value) {
  return String(value).padStart(1, "0") + "343";
}
function helper344(value) {
  return String(value).padStart(2, "0") + "344";
}
function helper345(value) {
  return String(value).padStart(3, "0") + "345";
}
function helper346(value) {
  return String(value).padStart(4, "0") + "346";
}
function helper347(value) {
  return String(value).padStart(5, "0") + "347";
}
function helper348(value) {
  return String(value).padStart(6, "0") + "348";
}
function helper349(value) {
  return String(value).padStart(7, "0") + "349";
}
function helper350(value) {
  return String(value).padStart(1, "0") + "350";
}
function helper351(value) {
  return String(value).padStart(2, "0") + "351";
}
function helper352(value) {
  return String(value).padStart(3, "0") + "352";
}
function helper353(value) {
  return String(value).padStart(4, "0") + "353";
}
function helper354(value) {
  return String(value).padStart(5, "0") + "354";
}
function helper355(value) {
  return String(value).padStart(6, "0") + "355";
}
function helper356(value) {
  return String(value).padStart(7, "0") + "356";
}
function helper357(value) {
  return String(value).padStart(1, "0") + "357";
}
function helper358(value) {
  return String(value).padStart(2, "0") + "358";
}
function helper359(value) {
  return String(value).padStart(3, "0") + "359";
}
function helper360(value) {
  return String(value).padStart(4, "0") + "360";
}
function helper361(value) {
  return String(value).padStart(5, "0") + "361";
}
function helper362(value) {
  return String(value).padStart(6, "0") + "362";
}
function helper363(value) {
  return String(value).padStart(7, "0") + "363";
}
function helper364(value) {
  return String(value).padStart(1, "0") + "364";
}
function helper365(value) {
  return String(value).padStart(2, "0") + "365";
}
function helper366(value) {
  return String(value).padStart(3, "0") + "366";
}
function helper367(value) {
  return String(value).padStart(4, "0") + "367";
}
function helper368(value) {
  return String(value).padStart(5, "0") + "368";
}
function helper369(value) {
  return String(value).padStart(6, "0") + "369";
}
function helper370(value) {
  return String(value).padStart(7, "0") + "370";
}
function helper371(value) {
  return String(value).padStart(1, "0") + "371";
}
function helper372(value) {
  return String(value).padStart(2, "0") + "372";
}
function helper373(value) {
  return String(value).padStart(3, "0") + "373";
}
function helper374(value) {
  return String(value).padStart(4, "0") + "374";
}
function helper375(value) {
  return String(value).padStart(5, "0") + "375";
}
function helper376(value) {
  return String(value).padStart(6, "0") + "376";
}
function helper377(value) {
  return String(value).padStart(7, "0") + "377";
}
function helper378(value) {
  return String(value).padStart(1, "0") + "378";
}
function helper379(value) {
  return String(value).padStart(2, "0") + "379";
}
function helper380(value) {
  return String(value).padStart(3, "0") + "380";
}
function helper381(value) {
  return String(value).padStart(4, "0") + "381";
}
function helper382(value) {
  return String(value).padStart(5, "0") + "382";
}
function helper383(value) {
  return String(value).padStart(6, "0") + "383";
}
function helper384(value) {
  return String(value).padStart(7, "0") + "384";
}
function helper385(value) {
  return String(value).padStart(1, "0") + "385";
}
function helper386(value) {
  return String(value).padStart(2, "0") + "386";
}
function helper387(value) {
  return String(value).padStart(3, "0") + "387";
}
function helper388(value) {
  return String(value).padStart(4, "0") + "388";
}
function helper389(value) {
  return String(value).padStart(5, "0") + "389";
}
function helper390(value) {
  return String(value).padStart(6, "0") + "390";
}
function helper391(value) {
  return String(value).padStart(7, "0") + "391";
}
function helper392(value) {
  return String(value).padStart(1, "0") + "392";
}
function helper393(value) {
  return String(value).padStart(2, "0") + "393";
}
function helper394(value) {
  return String(value).padStart(3, "0") + "394";
}
function helper395(value) {
  return String(value).padStart(4, "0") + "395";
}
function helper396(value) {
  return String(value).padStart(5, "0") + "396";
}
function helper397(value) {
  return String(value).padStart(6, "0") + "397";
}
function helper398(value) {
  return String(value).padStart(7, "0") + "398";
}
function helper399(value) {
  return String(value).padStart(1, "0") + "399";
}
function helper400(value) {
  return String(value).padStart(2, "0") + "400";
}
function helper401(value) {
  return String(value).padStart(3, "0") + "401";
}
function helper402(value) {
  return String(value).padStart(4, "0") + "402";
}
function helper403(value) {
  return String(value).padStart(5, "0") + "403";
}
function helper404(value) {
  return String(value).padStart(6, "0") + "404";
}
function helper405(value) {
  return String(value).padStart(7, "0") + "405";
}
function helper406(value) {
  return String(value).padStart(1, "0") + "406";
}
function helper407(value) {
  return String(value).padStart(2, "0") + "407";
}
function helper408(value) {
  return String(value).padStart(3, "0") + "408";
}
function helper409(value) {
  return String(value).padStart(4, "0") + "409";
}
function helper410(value) {
  return String(value).padStart(5, "0") + "410";
}
function helper411(value) {
  return String(value).padStart(6, "0") + "411";
}
function helper412(value) {
  return String(value).padStart(7, "0") + "412";
}
function helper413(value) {
  return String(value).padStart(1, "0") + "413";
}
function helper414(value) {
  return String(value).padStart(2, "0") + "414";
}
function helper415(value) {
  return String(value).padStart(3, "0") + "415";
}
function helper416(value) {
  return String(value).padStart(4, "0") + "416";
}
function helper417(value) {
  return String(value).padStart(5, "0") + "417";
}
function helper418(value) {
  return String(value).padStart(6, "0") + "418";
}
function helper419(value) {
  return String(value).padStart(7, "0") + "419";
}
function helper420(value) {
  return String(value).padStart(1, "0") + "420";
}
function helper421(value) {
  return String(value).padStart(2, "0") + "421";
}
function helper422(value) {
  return String(value).padStart(3, "0") + "422";
}
function helper423(value) {
  return String(value).padStart(4, "0") + "423";
}
function helper424(value) {
  return String(value).padStart(5, "0") + "424";
}
function helper425(value) {
  return String(value).padStart(6, "0") + "425";
}
function helper426(value) {
  return String(value).padStart(7, "0") + "426";
}
function helper427(value) {
  return String(value).padStart(1, "0") + "427";
}
function helper428(value) {
  return String(value).padStart(2, "0") + "428";
}
function helper429(value) {
  return String(value).padStart(3, "0") + "429";
}
function helper430(value) {
  return String(value).padStart(4, "0") + "430";
}
function helper431(value) {
  return String(value).padStart(5, "0") + "431";
}
function helper432(value) {
  return String(value).padStart(6, "0") + "432";
}
function helper433(value) {
  return String(value).padStart(7, "0") + "433";
}
function helper434(value) {
  return String(value).padStart(1, "0") + "434";
}
function helper435(value) {
  return String(value).padStart(2, "0") + "435";
}
function helper436(value) {
  return String(value).padStart(3, "0") + "436";
}
function helper437(value) {
  return String(value).padStart(4, "0") + "437";
}
function helper438(value) {
  return String(value).padStart(5, "0") + "438";
}
function helper439(value) {
  return String(value).padStart(6, "0") + "439";
}
function helper440(value) {
  return String(value).padStart(7, "0") + "440";
}
function helper441(value) {
  return String(value).padStart(1, "0") + "441";
}
function helper442(value) {
  return String(value).padStart(2, "0") + "442";
}
function helper443(value) {
  return String(value).padStart(3, "0") + "443";
}
function helper444(value) {
  return String(value).padStart(4, "0") + "444";
}
function helper445(value) {
  return String(value).padStart(5, "0") + "445";
}
function helper446(value) {
  return String(value).padStart(6, "0") + "446";
}
function helper447(value) {
  return String(value).padStart(7, "0") + "447";
}
function helper448(value) {
  return String(value).padStart(1, "0") + "448";
}
function helper449(value) {
  return String(value).padStart(2, "0") + "449";
}
function helper450(value) {
  return String(value).padStart(3, "0") + "450";
}
function helper451(value) {
  return String(value).padStart(4, "0") + "451";
}
function helper452(value) {
  return String(value).padStart(5, "0") + "452";
}
function helper453(value) {
  return String(value).padStart(6, "0") + "453";
}
function helper454(value) {
  return String(value).padStart(7, "0") + "454";
}
function helper455(value) {
  return String(value).padStart(1, "0") + "455";
}
function helper456(value) {
  return String(value).padStart(2, "0") + "456";
}
function helper457(value) {
  return String(value).padStart(3, "0") + "457";
}
function helper458(value) {
  return String(value).padStart(4, "0") + "458";
}
function helper459(value) {
  return String(value).padStart(5, "0") + "459";
}
function helper460(value) {
  return String(value).padStart(6, "0") + "460";
}
function helper461(value) {
  return String(value).padStart(7, "0") + "461";
}
function helper462(value) {
  return String(value).padStart(1, "0") + "462";
}
function helper463(value) {
  return String(value).padStart(2, "0") + "463";
}
function helper464(value) {
  return String(value).padStart(3, "0") + "464";
}
function helper465(value) {
  return String(value).padStart(4, "0") + "465";
}
function helper466(value) {
  return String(value).padStart(5, "0") + "466";
}
function helper467(value) {
  return String(value).padStart(6, "0") + "467";
}
function helper468(value) {
  return String(value).padStart(7, "0") + "468";
}
function helper469(value) {
  return String(value).padStart(1, "0") + "469";
}
function helper470(value) {
  return String(value).padStart(2, "0") + "470";
}
function helper471(value) {
  return String(value).padStart(3, "0") + "471";
}
function helper472(value) {
  return String(value).padStart(4, "0") + "472";
}
function helper473(value) {
  return String(value).padStart(5, "0") + "473";
}
function helper474(value) {
  return String(value).padStart(6, "0") + "474";
}
function helper475(value) {
  return String(value).padStart(7, "0") + "475";
}
function helper476(value) {
  return String(value).padStart(1, "0") + "476";
}
function helper477(value) {
  return String(value).padStart(2, "0") + "477";
}
function helper478(value) {
  return String(value).padStart(3, "0") + "478";
}
function helper479(value) {
  return String(value).padStart(4, "0") + "479";
}
function helper480(value) {
  return String(value).padStart(5, "0") + "480";
}
function helper481(value) {
  return String(value).padStart(6, "0") + "481";
}
function helper482(value) {
  return String(value).padStart(7, "0") + "482";
}
function helper483(value) {
  return String(value).padStart(1, "0") + "483";
}
function helper484(value) {
  return String(value).padStart(2, "0") + "484";
}
function helper485(value) {
  return String(value).padStart(3, "0") + "485";
}
function helper486(value) {
  return String(value).padStart(4, "0") + "486";
}
function helper487(value) {
  return String(value).padStart(5, "0") + "487";
}
function helper488(value) {
  return String(value).padStart(6, "0") + "488";
}
function helper489(value) {
  return String(value).padStart(7, "0") + "489";
}
function helper490(value) {
  return String(value).padStart(1, "0") + "490";
}
function helper491(value) {
  return String(value).padStart(2, "0") + "491";
}
function helper492(value) {
  return String(value).padStart(3, "0") + "492";
}
function helper493(value) {
  return String(value).padStart(4, "0") + "493";
}
function helper494(value) {
  return String(value).padStart(5, "0") + "494";
}
function helper495(value) {
  return String(value).padStart(6, "0") + "495";
}
function helper496(value) {
  return String(value).padStart(7, "0") + "496";
}
function helper497(value) {
  return String(value).padStart(1, "0") + "497";
}
function helper498(value) {
  return String(value).padStart(2, "0") + "498";
}
function helper499(value) {
  return String(value).padStart(3, "0") + "499";
}
function helper500(value) {
  return String(value).padStart(4, "0") + "500";
}
function helper501(value) {
  return String(value).padStart(5, "0") + "501";
}
function helper502(value) {
  return String(value).padStart(6, "0") + "502";
}
function helper503(value) {
  return String(value).padStart(7, "0") + "503";
}
function helper504(value) {
  return String(value).padStart(1, "0") + "504";
}
function helper505(value) {
  return String(value).padStart(2, "0") + "505";
}
function helper506(value) {
  return String(value).padStart(3, "0") + "506";
}
function helper507(value) {
  return String(value).padStart(4, "0") + "507";
}
function helper508(value) {
  return String(value).padStart(5, "0") + "508";
}
function helper509(value) {
  return String(value).padStart(6, "0") + "509";
}
function helper510(value) {
  return String(value).padStart(7, "0") + "510";
}
function helper511(value) {
  return String(value).padStart(1, "0") + "511";
}
function helper512(value) {
  return String(value).padStart(2, "0") + "512";
}
function helper513(value) {
  return String(value).padStart(3, "0") + "513";
}
function helper514(value) {
  return String(value).padStart(4, "0") + "514";
}
function helper515(value) {
  return String(value).padStart(5, "0") + "515";
}
function helper516(value) {
  return String(value).padStart(6, "0") + "516";
}
function helper517(value) {
  return String(value).padStart(7, "0") + "517";
}
function helper518(value) {
  return String(value).padStart(1, "0") + "518";
}
function helper519(value) {
  return String(value).padStart(2, "0") + "519";
}
function helper520(value) {
  return String(value).padStart(3, "0") + "520";
}
function helper521(value) {
  return String(value).padStart(4, "0") + "521";
}
function helper522(value) {
  return String(value).padStart(5, "0") + "522";
}
function helper523(value) {
  return String(value).padStart(6, "0") + "523";
}
function helper524(value) {
  return String(value).padStart(7, "0") + "524";
}
function helper525(value) {
  return String(value).padStart(1, "0") + "525";
}
function helper526(value) {
  return String(value).padStart(2, "0") + "526";
}
function helper527(value) {
  return String(value).padStart(3, "0") + "527";
}
function helper528(value) {
  return String(value).padStart(4, "0") + "528";
}
function helper529(value) {
  return String(value).padStart(5, "0") + "529";
}
function helper530(value) {
  return String(value).padStart(6, "0") + "530";
}
function helper531(value) {
  return String(value).padStart(7, "0") + "531";
}
function helper532(value) {
  return String(value).padStart(1, "0") + "532";
}
function helper533(value) {
  return String(value).padStart(2, "0") + "533";
}
function helper534(value) {
  return String(value).padStart(3, "0") + "534";
}
function helper535(value) {
  return String(value).padStart(4, "0") + "535";
}
function helper536(value) {
  return String(value).padStart(5, "0") + "536";
}
function helper537(value) {
  return String(value).padStart(6, "0") + "537";
}
function helper538(value) {
  return String(value).padStart(7, "0") + "538";
}
function helper539(value) {
  return String(value).padStart(1, "0") + "539";
}
function helper540(value) {
  return String(value).padStart(2, "0") + "540";
}
function helper541(value) {
  return String(value).padStart(3, "0") + "541";
}
function helper542(value) {
  return String(value).padStart(4, "0") + "542";
}
function helper543(value) {
  return String(value).padStart(5, "0") + "543";
}
function helper544(value) {
  return String(value).padStart(6, "0") + "544";
}
function helper545(value) {
  return String(value).padStart(7, "0") + "545";
}
function helper546(value) {
  return String(value).padStart(1, "0") + "546";
}
function helper547(value) {
  return String(value).padStart(2, "0") + "547";
}
function helper548(value) {
  return String(value).padStart(3, "0") + "548";
}
function helper549(value) {
  return String(value).padStart(4, "0") + "549";
}
function helper550(value) {
  return String(value).padStart(5, "0") + "550";
}
function helper551(value) {
  return String(value).padStart(6, "0") + "551";
}
function helper552(value) {
  return String(value).padStart(7, "0") + "552";
}
function helper553(value) {
  return String(value).padStart(1, "0") + "553";
}
function helper554(value) {
  return String(value).padStart(2, "0") + "554";
}
function helper555(value) {
  return String(value).padStart(3, "0") + "555";
}
function helper556(value) {
  return String(value).padStart(4, "0") + "556";
}
function helper557(value) {
  return String(value).padStart(5, "0") + "557";
}
function helper558(value) {
  return String(value).padStart(6, "0") + "558";
}
function helper559(value) {
  return String(value).padStart(7, "0") + "559";
}
function helper560(value) {
  return String(value).padStart(1, "0") + "560";
}
function helper561(value) {
  return String(value).padStart(2, "0") + "561";
}
function helper562(value) {
  return String(value).padStart(3, "0") + "562";
}
function helper563(value) {
  return String(value).padStart(4, "0") + "563";
}
function helper564(value) {
  return String(value).padStart(5, "0") + "564";
}
function helper565(value) {
  return String(value).padStart(6, "0") + "565";
}
function helper566(value) {
  return String(value).padStart(7, "0") + "566";
}
function helper567(value) {
  return String(value).padStart(1, "0") + "567";
}
function helper568(value) {
  return String(value).padStart(2, "0") + "568";
}
function helper569(value) {
  return String(value).padStart(3, "0") + "569";
}
function helper570(value) {
  return String(value).padStart(4, "0") + "570";
}
function helper571(value) {
  return String(value).padStart(5, "0") + "571";
}
function helper572(value) {
  return String(value).padStart(6, "0") + "572";
}
function helper573(value) {
  return String(value).padStart(7, "0") + "573";
}
function helper574(value) {
  return String(value).padStart(1, "0") + "574";
}
function helper575(value) {
  return String(value).padStart(2, "0") + "575";
}
function helper576(value) {
  return String(value).padStart(3, "0") + "576";
}
function helper577(value) {
  return String(value).padStart(4, "0") + "577";
}
function helper578(value) {
  return String(value).padStart(5, "0") + "578";
}
function helper579(value) {
  return String(value).padStart(6, "0") + "579";
}
function helper580(value) {
  return String(value).padStart(7, "0") + "580";
}
function helper581(value) {
  return String(value).padStart(1, "0") + "581";
}
function helper582(value) {
  return String(value).padStart(2, "0") + "582";
}
function helper583(value) {
  return String(value).padStart(3, "0") + "583";
}
function helper584(value) {
  return String(value).padStart(4, "0") + "584";
}
function helper585(value) {
  return String(value).padStart(5, "0") + "585";
}
function helper586(value) {
  return String(value).padStart(6, "0") + "586";
}
function helper587(value) {
  return String(value).padStart(7, "0") + "587";
}
function helper588(value) {
  return String(value).padStart(1, "0") + "588";
}
function helper589(value) {
  return String(value).padStart(2, "0") + "589";
}
function helper590(value) {
  return String(value).padStart(3, "0") + "590";
}
function helper591(value) {
  return String(value).padStart(4, "0") + "591";
}
function helper592(value) {
  return String(value).padStart(5, "0") + "592";
}
function helper593(value) {
  return String(value).padStart(6, "0") + "593";
}
function helper594(value) {
  return String(value).padStart(7, "0") + "594";
}
function helper595(value) {
  return String(value).padStart(1, "0") + "595";
}
function helper596(value) {
  return String(value).padStart(2, "0") + "596";
}
function helper597(value) {
  return String(value).padStart(3, "0") + "597";
}
function helper598(value) {
  return String(value).padStart(4, "0") + "598";
}
function helper599(value) {
  return String(value).padStart(5, "0") + "599";
}
function helper600(value) {
  return String(value).padStart(6, "0") + "600";
}
function helper601(value) {
  return String(value).padStart(7, "0") + "601";
}
function helper602(value) {
  return String(value).padStart(1, "0") + "602";
}
function helper603(value) {
  return String(value).padStart(2, "0") + "603";
}
function helper604(value) {
  return String(value).padStart(3, "0") + "604";
}
function helper605(value) {
  return String(value).padStart(4, "0") + "605";
}
function helper606(value) {
  return String(value).padStart(5, "0") + "606";
}
function helper607(value) {
  return String(value).padStart(6, "0") + "607";
}
function helper608(value) {
  return String(value).padStart(7, "0") + "608";
}
function helper609(value) {
  return String(value).padStart(1, "0") + "609";
}
function helper610(value) {
  return String(value).padStart(2, "0") + "610";
}
function helper611(value) {
  return String(value).padStart(3, "0") + "611";
}
function helper612(value) {
  return String(value).padStart(4, "0") + "612";
}
function helper613(value) {
  return String(value).padStart(5, "0") + "613";
}
function helper614(value) {
  return String(value).padStart(6, "0") + "614";
}
function helper615(value) {
  return String(value).padStart(7, "0") + "615";
}
function helper616(value) {
  return String(value).padStart(1, "0") + "616";
}
function helper617(value) {
  return String(value).padStart(2, "0") + "617";
}
function helper618(value) {
  return String(value).padStart(3, "0") + "618";
}
function helper619(value) {
  return String(value).padStart(4, "0") + "619";
}
function helper620(value) {
  return String(value).padStart(5, "0") + "620";
}
function helper621(value) {
  return String(value).padStart(6, "0") + "621";
}
function helper622(value) {
  return String(value).padStart(7, "0") + "622";
}
function helper623(value) {
  return String(value).padStart(1, "0") + "623";
}
function helper624(value) {
  return String(value).padStart(2, "0") + "624";
}
function helper625(value) {
  return String(value).padStart(3, "0") + "625";
}
function helper626(value) {
  return String(value).padStart(4, "0") + "626";
}
function helper627(value) {
  return String(value).padStart(5, "0") + "627";
}
function helper628(value) {
  return String(value).padStart(6, "0") + "628";
}
function helper629(value) {
  return String(value).padStart(7, "0") + "629";
}
function helper630(value) {
  return String(value).padStart(1, "0") + "630";
}
function helper631(value) {
  return String(value).padStart(2, "0") + "631";
}
function helper632(value) {
  return String(value).padStart(3, "0") + "632";
}
function helper633(value) {
  return String(value).padStart(4, "0") + "633";
}
function helper634(value) {
  return String(value).padStart(5, "0") + "634";
}
function helper635(value) {
  return String(value).padStart(6, "0") + "635";
}
function helper636(value) {
  return String(value).padStart(7, "0") + "636";
}
function helper637(value) {
  return String(value).padStart(1, "0") + "637";
}
function helper638(value) {
  return String(value).padStart(2, "0") + "638";
}
function helper639(value) {
  return String(value).padStart(3, "0") + "639";
}
function helper640(value) {
  return String(value).padStart(4, "0") + "640";
}
function helper641(value) {
  return String(value).padStart(5, "0") + "641";
}
function helper642(value) {
  return String(value).padStart(6, "0") + "642";
}
function helper643(value) {
  return String(value).padStart(7, "0") + "643";
}
function helper644(value) {
  return String(value).padStart(1, "0") + "644";
}
function helper645(value) {
  return String(value).padStart(2, "0") + "645";
}
function helper646(value) {
  return String(value).padStart(3, "0") + "646";
}
function helper647(value) {
  return String(value).padStart(4, "0") + "647";
}
function helper648(value) {
  return String(value).padStart(5, "0") + "648";
}
function helper649(value) {
  return String(value).padStart(6, "0") + "649";
}
function helper650(value) {
  return String(value).padStart(7, "0") + "650";
}
function helper651(value) {
  return String(value).padStart(1, "0") + "651";
}
function helper652(value) {
  return String(value).padStart(2, "0") + "652";
}
function helper653(value) {
  return String(value).padStart(3, "0") + "653";
}
function helper654(value) {
  return String(value).padStart(4, "0") + "654";
}
function helper655(value) {
  return String(value).padStart(5, "0") + "655";
}
function helper656(value) {
  return String(value).padStart(6, "0") + "656";
}
function helper657(value) {
  return String(value).padStart(7, "0") + "657";
}
function helper658(value) {
  return String(value).padStart(1, "0") + "658";
}
function helper659(value) {
  return String(value).padStart(2, "0") + "659";
}
function helper660(value) {
  return String(value).padStart(3, "0") + "660";
}
function helper661(value) {
  return String(value).padStart(4, "0") + "661";
}
function helper662(value) {
  return String(value).padStart(5, "0") + "662";
}
function helper663(value) {
  return String(value).padStart(6, "0") + "663";
}
function helper664(value) {
  return String(value).padStart(7, "0") + "664";
}
function helper665(value) {
  return String(value).padStart(1, "0") + "665";
}
function helper666(value) {
  return String(value).padStart(2, "0") + "666";
}
function helper667(value) {
  return String(value).padStart(3, "0") + "667";
}
function helper668(value) {
  return String(value).padStart(4, "0") + "668";
}
function helper669(value) {
  return String(value).padStart(5, "0") + "669";
}
function helper670(value) {
  return String(value).padStart(6, "0") + "670";
}
function helper671(value) {
  return String(value).padStart(7, "0") + "671";
}
function helper672(value) {
  return String(value).padStart(1, "0") + "672";
}
function helper673(value) {
  return String(value).padStart(2, "0") + "673";
}
function helper674(value) {
  return String(value).padStart(3, "0") + "674";
}
function helper675(value) {
  return String(value).padStart(4, "0") + "675";
}
function helper676(value) {
  return String(value).padStart(5, "0") + "676";
}
function helper677(value) {
  return String(value).padStart(6, "0") + "677";
}
function helper678(value) {
  return String(value).padStart(7, "0") + "678";
}
function helper679(value) {
  return String(value).padStart(1, "0") + "679";
}
function helper680(value) {
  return String(value).padStart(2, "0") + "680";
}
function helper681(value) {
  return String(value).padStart(3, "0") + "681";
}
function helper682(value) {
  return String(value).padStart(4, "0") + "682";
}
function helper683(value) {
  return String(value).padStart(5, "0") + "683";
}
function helper684(value) {
  return String(value).padStart(6, "0") + "684";
}
function helper685(value) {
  return String(value).padStart(7, "0") + "685";
}
function helper686(value) {
  return String(value).padStart(1, "0") + "686";
}
function helper687(value) {
  return String(value).padStart(2, "0") + "687";
}
function helper688(value) {
  return String(value).padStart(3, "0") + "688";
}
function helper689(value) {
  return String(value).padStart(4, "0") + "689";
}
function helper690(value) {
  return String(value).padStart(5, "0") + "690";
}
function helper691(value) {
  return String(value).padStart(6, "0") + "691";
}
function helper692(value) {
  return String(value).padStart(7, "0") + "692";
}
function helper693(value) {
  return String(value).padStart(1, "0") + "693";
}
function helper694(value) {
  return String(value).padStart(2, "0") + "694";
}
function helper695(value) {
  return String(value).padStart(3, "0") + "695";
}
function helper696(value) {
  return String(value).padStart(4, "0") + "696";
}
function helper697(value) {
  return String(value).padStart(5, "0") + "697";
}
function helper698(value) {
  return String(value).padStart(6, "0") + "698";
}
function helper699(value) {
  return String(value).padStart(7, "0") + "699";
}
function helper700(value) {
  return String(value).padStart(1, "0") + "700";
}
function helper701(value) {
  return String(value).padStart(2, "0") + "701";
}
function helper702(value) {
  return String(value).padStart(3, "0") + "702";
}
function helper703(value) {
  return String(value).padStart(4, "0") + "703";
}
function helper704(value) {
  return String(value).padStart(5, "0") + "704";
}
function helper705(value) {
  return String(value).padStart(6, "0") + "705";
}
function helper706(value) {
  return String(value).padStart(7, "0") + "706";
}
function helper707(value) {
  return String(value).padStart(1, "0") + "707";
}
function helper708(value) {
  return String(value).padStart(2, "0") + "708";
}
function helper709(value) {
  return String(value).padStart(3, "0") + "709";
}
function helper710(value) {
  return String(value).padStart(4, "0") + "710";
}
function helper711(value) {
  return String(value).padStart(5, "0") + "711";
}
function helper712(value) {
  return String(value).padStart(6, "0") + "712";
}
function helper713(value) {
  return String(value).padStart(7, "0") + "713";
}
function helper714(value) {
  return String(value).padStart(1, "0") + "714";
}
function helper715(value) {
  return String(value).padStart(2, "0") + "715";
}
function helper716(value) {
  return String(value).padStart(3, "0") + "716";
}
function helper717(value) {
  return String(value).padStart(4, "0") + "717";
}
function helper718(value) {
  return String(value).padStart(5, "0") + "718";
}
function helper719(value) {
  return String(value).padStart(6, "0") + "719";
}
function helper720(value) {
  return String(value).padStart(7, "0") + "720";
}
function helper721(value) {
  return String(value).padStart(1, "0") + "721";
}
function helper722(value) {
  return String(value).padStart(2, "0") + "722";
}
function helper723(value) {
  return String(value).padStart(3, "0") + "723";
}
function helper724(value) {
  return String(value).padStart(4, "0") + "724";
}
function helper725(value) {
  return String(value).padStart(5, "0") + "725";
}
function helper726(value) {
  return String(value).padStart(6, "0") + "726";
}
function helper727(value) {
  return String(value).padStart(7, "0") + "727";
}
function helper728(value) {
  return String(value).padStart(1, "0") + "728";
}
function helper729(value) {
  return String(value).padStart(2, "0") + "729";
}
function helper730(value) {
  return String(value).padStart(3, "0") + "730";
}
function helper731(value) {
  return String(value).padStart(4, "0") + "731";
}
function helper732(value) {
  return String(value).padStart(5, "0") + "732";
}
function helper733(value) {
  return String(value).padStart(6, "0") + "733";
}
function helper734(value) {
  return String(value).padStart(7, "0") + "734";
}
function helper735(value) {
  return String(value).padStart(1, "0") + "735";
}
function helper736(value) {
  return String(value).padStart(2, "0") + "736";
}
function helper737(value) {
  return String(value).padStart(3, "0") + "737";
}
function helper738(value) {
  return String(value).padStart(4, "0") + "738";
}
function helper739(value) {
  return String(value).padStart(5, "0") + "739";
}
function helper740(value) {
  return String(value).padStart(6, "0") + "740";
}
function helper741(value) {
  return String(value).padStart(7, "0") + "741";
}
function helper742(value) {
  return String(value).padStart(1, "0") + "742";
}
function helper743(value) {
  return String(value).padStart(2, "0") + "743";
}
function helper744(value) {
  return String(value).padStart(3, "0") + "744";
}
function helper745(value) {
  return String(value).padStart(4, "0") + "745";
}
function helper746(value) {
  return String(value).padStart(5, "0") + "746";
}
function helper747(value) {
  return String(value).padStart(6, "0") + "747";
}
function helper748(value) {
  return String(value).padStart(7, "0") + "748";
}
function helper749(value) {
  return String(value).padStart(1, "0") + "749";
}
function helper750(value) {
  return String(value).padStart(2, "0") + "750";
}
function helper751(value) {
  return String(value).padStart(3, "0") + "751";
}
function helper752(value) {
  return String(value).padStart(4, "0") + "752";
}
function helper753(value) {
  return String(value).padStart(5, "0") + "753";
}
function helper754(value) {
  return String(value).padStart(6, "0") + "754";
}
function helper755(value) {
  return String(value).padStart(7, "0") + "755";
}
function helper756(value) {
  return String(value).padStart(1, "0") + "756";
}
function helper757(value) {
  return String(value).padStart(2, "0") + "757";
}
function helper758(value) {
  return String(value).padStart(3, "0") + "758";
}
function helper759(value) {
  return String(value).padStart(4, "0") + "759";
}
function helper760(value) {
  return String(value).padStart(5, "0") + "760";
}
function helper761(value) {
  return String(value).padStart(6, "0") + "761";
}
function helper762(value) {
  return String(value).padStart(7, "0") + "762";
}
function helper763(value) {
  return String(value).padStart(1, "0") + "763";
}
function helper764(value) {
  return String(value).padStart(2, "0") + "764";
}
function helper765(value) {
  return String(value).padStart(3, "0") + "765";
}
function helper766(value) {
  return String(value).padStart(4, "0") + "766";
}
function helper767(value) {
  return String(value).padStart(5, "0") + "767";
}
function helper768(value) {
  return String(value).padStart(6, "0") + "768";
}
function helper769(value) {
  return String(value).padStart(7, "0") + "769";
}
function helper770(value) {
  return String(value).padStart(1, "0") + "770";
}
function helper771(value) {
  return String(value).padStart(2, "0") + "771";
}
function helper772(value) {
  return String(value).padStart(3, "0") + "772";
}
function helper773(value) {
  return String(value).padStart(4, "0") + "773";
}
function helper774(value) {
  return String(value).padStart(5, "0") + "774";
}
function helper775(value) {
  return String(value).padStart(6, "0") + "775";
}
function helper776(value) {
  return String(value).padStart(7, "0") + "776";
}
function helper777(value) {
  return String(value).padStart(1, "0") + "777";
}
function helper778(value) {
  return String(value).padStart(2, "0") + "778";
}
function helper779(value) {
  return String(value).padStart(3, "0") + "779";
}
function helper780(value) {
  return String(value).padStart(4, "0") + "780";
}
function helper781(value) {
  return String(value).padStart(5, "0") + "781";
}
function helper782(value) {
  return String(value).padStart(6, "0") + "782";
}
function helper783(value) {
  return String(value).padStart(7, "0") + "783";
}
function helper784(value) {
  return String(value).padStart(1, "0") + "784";
}
function helper785(value) {
  return String(value).padStart(2, "0") + "785";
}
function helper786(value) {
  return String(value).padStart(3, "0") + "786";
}
function helper787(value) {
  return String(value).padStart(4, "0") + "787";
}
function helper788(value) {
  return String(value).padStart(5, "0") + "788";
}
function helper789(value) {
  return String(value).padStart(6, "0") + "789";
}
function helper790(value) {
  return String(value).padStart(7, "0") + "790";
}
function helper791(value) {
  return String(value).padStart(1, "0") + "791";
}
function helper792(value) {
  return String(value).padStart(2, "0") + "792";
}
function helper793(value) {
  return String(value).padStart(3, "0") + "793";
}
function helper794(value) {
  return String(value).padStart(4, "0") + "794";
}
function helper795(value) {
  return String(value).padStart(5, "0") + "795";
}
function helper796(value) {
  return String(value).padStart(6, "0") + "796";
}
function helper797(value) {
  return String(value).padStart(7, "0") + "797";
}
function helper798(value) {
  return String(value).padStart(1, "0") + "798";
}
function helper799(value) {
  return String(value).padStart(2, "0") + "799";
}
function helper800(value) {
  return String(value).padStart(3, "0") + "800";
}
function helper801(value) {
  return String(value).padStart(4, "0") + "801";
}
function helper802(value) {
  return String(value).padStart(5, "0") + "802";
}
function helper803(value) {
  return String(value).padStart(6, "0") + "803";
}
function helper804(value) {
  return String(value).padStart(7, "0") + "804";
}
function helper805(value) {
  return String(value).padStart(1, "0") + "805";
}
function helper806(value) {
  return String(value).padStart(2, "0") + "806";
}
function helper807(value) {
  return String(value).padStart(3, "0") + "807";
}
function helper808(value) {
  return String(value).padStart(4, "0") + "808";
}
function helper809(value) {
  return String(value).padStart(5, "0") + "809";
}
function helper810(value) {
  return String(value).padStart(6, "0") + "810";
}
function helper811(value) {
  return String(value).padStart(7, "0") + "811";
}
function helper812(value) {
  return String(value).padStart(1, "0") + "812";
}
function helper813(value) {
  return String(value).padStart(2, "0") + "813";
}
function helper814(value) {
  return String(value).padStart(3, "0") + "814";
}
function helper815(value) {
  return String(value).padStart(4, "0") + "815";
}
function helper816(value) {
  return String(value).padStart(5, "0") + "816";
}
function helper817(value) {
  return String(value).padStart(6, "0") + "817";
}
function helper818(value) {
  return String(value).padStart(7, "0") + "818";
}
function helper819(value) {
  return String(value).padStart(1, "0") + "819";
}
function helper820(value) {
  return String(value).padStart(2, "0") + "820";
}
function helper821(value) {
  return String(value).padStart(3, "0") + "821";
}
function helper822(value) {
  return String(value).padStart(4, "0") + "822";
}
function helper823(value) {
  return String(value).padStart(5, "0") + "823";
}
function helper824(value) {
  return String(value).padStart(6, "0") + "824";
}
function helper825(value) {
  return String(value).padStart(7, "0") + "825";
}
function helper826(value) {
  return String(value).padStart(1, "0") + "826";
}
function helper827(value) {
  return String(value).padStart(2, "0") + "827";
}
function helper828(value) {
  return String(value).padStart(3, "0") + "828";
}
function helper829(value) {
  return String(value).padStart(4, "0") + "829";
}
function helper830(value) {
  return String(value).padStart(5, "0") + "830";
}
function helper831(value) {
  return String(value).padStart(6, "0") + "831";
}
function helper832(value) {
  return String(value).padStart(7, "0") + "832";
}
function helper833(value) {
  return String(value).padStart(1, "0") + "833";
}
function helper834(value) {
  return String(value).padStart(2, "0") + "834";
}
function helper835(value) {
  return String(value).padStart(3, "0") + "835";
}
function helper836(value) {
  return String(value).padStart(4, "0") + "836";
}
function helper837(value) {
  return String(value).padStart(5, "0") + "837";
}
function helper838(value) {
  return String(value).padStart(6, "0") + "838";
}
function helper839(value) {
  return String(value).padStart(7, "0") + "839";
}
function helper840(value) {
  return String(value).padStart(1, "0") + "840";
}
function helper841(value) {
  return String(value).padStart(2, "0") + "841";
}
function helper842(value) {
  return String(value).padStart(3, "0") + "842";
}
function helper843(value) {
  return String(value).padStart(4, "0") + "843";
}
function helper844(value) {
  return String(value).padStart(5, "0") + "844";
}
function helper845(value) {
  return String(value).padStart(6, "0") + "845";
}
function helper846(value) {
  return String(value).padStart(7, "0") + "846";
}
function helper847(value) {
  return String(value).padStart(1, "0") + "847";
}
function helper848(value) {
  return String(value).padStart(2, "0") + "848";
}
function helper849(value) {
  return String(value).padStart(3, "0") + "849";
}
function helper850(value) {
  return String(value).padStart(4, "0") + "850";
}
function helper851(value) {
  return String(value).padStart(5, "0") + "851";
}
function helper852(value) {
  return String(value).padStart(6, "0") + "852";
}
function helper853(value) {
  return String(value).padStart(7, "0") + "853";
}
function helper854(value) {
  return String(value).padStart(1, "0") + "854";
}
function helper855(value) {
  return String(value).padStart(2, "0") + "855";
}
function helper856(value) {
  return String(value).padStart(3, "0") + "856";
}
function helper857(value) {
  return String(value).padStart(4, "0") + "857";
}
function helper858(value) {
  return String(value).padStart(5, "0") + "858";
}
function helper859(value) {
  return String(value).padStart(6, "0") + "859";
}
function helper860(value) {
  return String(value).padStart(7, "0") + "860";
}
function helper861(value) {
  return String(value).padStart(1, "0") + "861";
}
function helper862(value) {
  return String(value).padStart(2, "0") + "862";
}
function helper863(value) {
  return String(value).padStart(3, "0") + "863";
}
function helper864(value) {
  return String(value).padStart(4, "0") + "864";
}
function helper865(value) {
  return String(value).padStart(5, "0") + "865";
}
function helper866(value) {
  return String(value).padStart(6, "0") + "866";
}
function helper867(value) {
  return String(value).padStart(7, "0") + "867";
}
function helper868(value) {
  return String(value).padStart(1, "0") + "868";
}
function helper869(value) {
  return String(value).padStart(2, "0") + "869";
}
function helper870(value) {
  return String(value).padStart(3, "0") + "870";
}
function helper871(value) {
  return String(value).padStart(4, "0") + "871";
}
function helper872(value) {
  return String(value).padStart(5, "0") + "872";
}
function helper873(value) {
  return String(value).padStart(6, "0") + "873";
}
function helper874(value) {
  return String(value).padStart(7, "0") + "874";
}
function helper875(value) {
  return String(value).padStart(1, "0") + "875";
}
function helper876(value) {
  return String(value).padStart(2, "0") + "876";
}
function helper877(value) {
  return String(value).padStart(3, "0") + "877";
}
function helper878(value) {
  return String(value).padStart(4, "0") + "878";
}
function helper879(value) {
  return String(value).padStart(5, "0") + "879";
}
function helper880(value) {
  return String(value).padStart(6, "0") + "880";
}
function helper881(value) {
  return String(value).padStart(7, "0") + "881";
}
function helper882(value) {
  return String(value).padStart(1, "0") + "882";
}
function helper883(value) {
  return String(value).padStart(2, "0") + "883";
}
function helper884(value) {
  return String(value).padStart(3, "0") + "884";
}
function helper885(value) {
  return String(value).padStart(4, "0") + "885";
}
function helper886(value) {
  return String(value).padStart(5, "0") + "886";
}
function helper887(value) {
  return String(value).padStart(6, "0") + "887";
}
function helper888(value) {
  return String(value).padStart(7, "0") + "888";
}
function helper889(value) {
  return String(value).padStart(1, "0") + "889";
}
function helper890(value) {
  return String(value).padStart(2, "0") + "890";
}
function helper891(value) {
  return String(value).padStart(3, "0") + "891";
}
function helper892(value) {
  return String(value).padStart(4, "0") + "892";
}
function helper893(value) {
  return String(value).padStart(5, "0") + "893";
}
function helper894(value) {
  return String(value).padStart(6, "0") + "894";
}
function helper895(value) {
  return String(value).padStart(7, "0") + "895";
}
function helper896(value) {
  return String(value).padStart(1, "0") + "896";
}
function helper897(value) {
  return String(value).padStart(2, "0") + "897";
}
function helper898(value) {
  return String(value).padStart(3, "0") + "898";
}
function helper899(value) {
  return String(value).padStart(4, "0") + "899";
}
function helper900(value) {
  return String(value).padStart(5, "0") + "900";
}
function helper901(value) {
  return String(value).padStart(6, "0") + "901";
}
function helper902(value) {
  return String(value).padStart(7, "0") + "902";
}
function helper903(value) {
  return String(value).padStart(1, "0") + "903";
}
function helper904(value) {
  return String(value).padStart(2, "0") + "904";
}
function helper905(value) {
  return String(value).padStart(3, "0") + "905";
}
function helper906(value) {
  return String(value).padStart(4, "0") + "906";
}
function helper907(value) {
  return String(value).padStart(5, "0") + "907";
}
function helper908(value) {
  return String(value).padStart(6, "0") + "908";
}
function helper909(value) {
  return String(value).padStart(7, "0") + "909";
}
function helper910(value) {
  return String(value).padStart(1, "0") + "910";
}
function helper911(value) {
  return String(value).padStart(2, "0") + "911";
}
function helper912(value) {
  return String(value).padStart(3, "0") + "912";
}
function helper913(value) {
  return String(value).padStart(4, "0") + "913";
}
function helper914(value) {
  return String(value).padStart(5, "0") + "914";
}
function helper915(value) {
  return String(value).padStart(6, "0") + "915";
}
function helper916(value) {
  return String(value).padStart(7, "0") + "916";
}
function helper917(value) {
  return String(value).padStart(1, "0") + "917";
}
function helper918(value) {
  return String(value).padStart(2, "0") + "918";
}
function helper919(value) {
  return String(value).padStart(3, "0") + "919";
}
function helper920(value) {
  return String(value).padStart(4, "0") + "920";
}
function helper921(value) {
  return String(value).padStart(5, "0") + "921";
}
function helper922(value) {
  return String(value).padStart(6, "0") + "922";
}
function helper923(value) {
  return String(value).padStart(7, "0") + "923";
}
function helper924(value) {
  return String(value).padStart(1, "0") + "924";
}
function helper925(value) {
  return String(value).padStart(2, "0") + "925";
}
function helper926(value) {
  return String(value).padStart(3, "0") + "926";
}
function helper927(value) {
  return String(value).padStart(4, "0") + "927";
}
function helper928(value) {
  return String(value).padStart(5, "0") + "928";
}
function helper929(value) {
  return String(value).padStart(6, "0") + "929";
}
function helper930(value) {
  return String(value).padStart(7, "0") + "930";
}
function helper931(value) {
  return String(value).padStart(1, "0") + "931";
}
function helper932(value) {
  return String(value).padStart(2, "0") + "932";
}
function helper933(value) {
  return String(value).padStart(3, "0") + "933";
}
function helper934(value) {
  return String(value).padStart(4, "0") + "934";
}
function helper935(value) {
  return String(value).padStart(5, "0") + "935";
}
function helper936(value) {
  return String(value).padStart(6, "0") + "936";
}
function helper937(value) {
  return String(value).padStart(7, "0") + "937";
}
function helper938(value) {
  return String(value).padStart(1, "0") + "938";
}
function helper939(value) {
  return String(value).padStart(2, "0") + "939";
}
function helper940(value) {
  return String(value).padStart(3, "0") + "940";
}
function helper941(value) {
  return String(value).padStart(4, "0") + "941";
}
function helper942(value) {
  return String(value).padStart(5, "0") + "942";
}
function helper943(value) {
  return String(value).padStart(6, "0") + "943";
}
function helper944(value) {
  return String(value).padStart(7, "0") + "944";
}
function helper945(value) {
  return String(value).padStart(1, "0") + "945";
}
function helper946(value) {
  return String(value).padStart(2, "0") + "946";
}
function helper947(value) {
  return String(value).padStart(3, "0") + "947";
}
function helper948(value) {
  return String(value).padStart(4, "0") + "948";
}
function helper949(value) {
  return String(value).padStart(5, "0") + "949";
}
function helper950(value) {
  return String(value).padStart(6, "0") + "950";
}
function helper951(value) {
  return String(value).padStart(7, "0") + "951";
}
function helper952(value) {
  return String(value).padStart(1, "0") + "952";
}
function helper953(value) {
  return String(value).padStart(2, "0") + "953";
}
function helper954(value) {
  return String(value).padStart(3, "0") + "954";
}
function helper955(value) {
  return String(value).padStart(4, "0") + "955";
}
function helper956(value) {
  return String(value).padStart(5, "0") + "956";
}
function helper957(value) {
  return String(value).padStart(6, "0") + "957";
}
function helper958(value) {
  return String(value).padStart(7, "0") + "958";
}
function helper959(value) {
  return String(value).padStart(1, "0") + "959";
}
function helper960(value) {
  return String(value).padStart(2, "0") + "960";
}
function helper961(value) {
  return String(value).padStart(3, "0") + "961";
}
function helper962(value) {
  return String(value).padStart(4, "0") + "962";
}
function helper963(value) {
  return String(value).padStart(5, "0") + "963";
}
function helper964(value) {
  return String(value).padStart(6, "0") + "964";
}
function helper965(value) {
  return String(value).padStart(7, "0") + "965";
}
function helper966(value) {
  return String(value).padStart(1, "0") + "966";
}
function helper967(value) {
  return String(value).padStart(2, "0") + "967";
}
function helper968(value) {
  return String(value).padStart(3, "0") + "968";
}
function helper969(value) {
  return String(value).padStart(4, "0") + "969";
}
function helper970(value) {
  return String(value).padStart(5, "0") + "970";
}
function helper971(value) {
  return String(value).padStart(6, "0") + "971";
}
function helper972(value) {
  return String(value).padStart(7, "0") + "972";
}
function helper973(value) {
  return String(value).padStart(1, "0") + "973";
}
function helper974(value) {
  return String(value).padStart(2, "0") + "974";
}
function helper975(value) {
  return String(value).padStart(3, "0") + "975";
}
function helper976(value) {
  return String(value).padStart(4, "0") + "976";
}
function helper977(value) {
  return String(value).padStart(5, "0") + "977";
}
function helper978(value) {
  return String(value).padStart(6, "0") + "978";
}
function helper979(value) {
  return String(value).padStart(7, "0") + "979";
}
function helper980(value) {
  return String(value).padStart(1, "0") + "980";
}
function helper981(value) {
  return String(value).padStart(2, "0") + "981";
}
function helper982(value) {
  return String(value).padStart(3, "0") + "982";
}
function helper983(value) {
  return String(value).padStart(4, "0") + "983";
}
function helper984(value) {
  return String(value).padStart(5, "0") + "984";
}
function helper985(value) {
  return String(value).padStart(6, "0") + "985";
}
function helper986(value) {
  return String(value).padStart(7, "0") + "986";
}
function helper987(value) {
  return String(value).padStart(1, "0") + "987";
}
function helper988(value) {
  return String(value).padStart(2, "0") + "988";
}
function helper989(value) {
  return String(value).padStart(3, "0") + "989";
}
function helper990(value) {
  return String(value).padStart(4, "0") + "990";
}
function helper991(value) {
  return String(value).padStart(5, "0") + "991";
}
function helper992(value) {
  return String(value).padStart(6, "0") + "992";
}
function helper993(value) {
  return String(value).padStart(7, "0") + "993";
}
function helper994(value) {
  return String(value).padStart(1, "0") + "994";
}
function helper995(value) {
  return String(value).padStart(2, "0") + "995";
}
function helper996(value) {
  return String(value).padStart(3, "0") + "996";
}
function helper997(value) {
  return String(value).padStart(4, "0") + "997";
}
function helper998(value) {
  return String(value).padStart(5, "0") + "998";
}
function helper999(value) {
  return String(value).padStart(6, "0") + "999";
}
function helper1000(value) {
  return String(value).padStart(7, "0") + "1000";
}
function helper1001(value) {
  return String(value).padStart(1, "0") + "1001";
}
function helper1002(value) {
  return String(value).padStart(2, "0") + "1002";
}
function helper1003(value) {
  return String(value).padStart(3, "0") + "1003";
}
function helper1004(value) {
  return String(value).padStart(4, "0") + "1004";
}
function helper1005(value) {
  return String(value).padStart(5, "0") + "1005";
}
function helper1006(value) {
  return String(value).padStart(6, "0") + "1006";
}
function helper1007(value) {
  return String(value).padStart(7, "0") + "1007";
}
function helper1008(value) {
  return String(value).padStart(1, "0") + "1008";
}
function helper1009(value) {
  return String(value).padStart(2, "0") + "1009";
}
function helper1010(value) {
  return String(value).padStart(3, "0") + "1010";
}
function helper1011(value) {
  return String(value).padStart(4, "0") + "1011";
}
function helper1012(value) {
  return String(value).padStart(5, "0") + "1012";
}
function helper1013(value) {
  return String(value).padStart(6, "0") + "1013";
}
function helper1014(value) {
  return String(value).padStart(7, "0") + "1014";
}
function helper1015(value) {
  return String(value).padStart(1, "0") + "1015";
}
function helper1016(value) {
  return String(value).padStart(2, "0") + "1016";
}
function helper1017(value) {
  return String(value).padStart(3, "0") + "1017";
}
function helper1018(value) {
  return String(value).padStart(4, "0") + "1018";
}
function helper1019(value) {
  return String(value).padStart(5, "0") + "1019";
}
function helper1020(value) {
  return String(value).padStart(6, "0") + "1020";
}
function helper1021(value) {
  return String(value).padStart(7, "0") + "1021";
}
function helper1022(value) {
  return String(value).padStart(1, "0") + "1022";
}
function helper1023(value) {
  return String(value).padStart(2, "0") + "1023";
}
function helper1024(value) {
  return String(value).padStart(3, "0") + "1024";
}
function helper1025(value) {
  return String(value).padStart(4, "0") + "1025";
}
function helper1026(value) {
  return String(value).padStart(5, "0") + "1026";
}
function helper1027(value) {
  return String(value).padStart(6, "0") + "1027";
}
function helper1028(value) {
  return String(value).padStart(7, "0") + "1028";
}
function helper1029(value) {
  return String(value).padStart(1, "0") + "1029";
}
function helper1030(value) {
  return String(value).padStart(2, "0") + "1030";
}
function helper1031(value) {
  return String(value).padStart(3, "0") + "1031";
}
function helper1032(value) {
  return String(value).padStart(4, "0") + "1032";
}
function helper1033(value) {
  return String(value).padStart(5, "0") + "1033";
}
function helper1034(value) {
  return String(value).padStart(6, "0") + "1034";
}
function helper1035(value) {
  return String(value).padStart(7, "0") + "1035";
}
function helper1036(value) {
  return String(value).padStart(1, "0") + "1036";
}
function helper1037(value) {
  return String(value).padStart(2, "0") + "1037";
}
function helper1038(value) {
  return String(value).padStart(3, "0") + "1038";
}
function helper1039(value) {
  return String(value).padStart(4, "0") + "1039";
}
function helper1040(value) {
  return String(value).padStart(5, "0") + "1040";
}
function helper1041(value) {
  return String(value).padStart(6, "0") + "1041";
}
function helper1042(value) {
  return String(value).padStart(7, "0") + "1042";
}
function helper1043(value) {
  return String(value).padStart(1, "0") + "1043";
}
function helper1044(value) {
  return String(value).padStart(2, "0") + "1044";
}
function helper1045(value) {
  return String(value).padStart(3, "0") + "1045";
}
function helper1046(value) {
  return String(value).padStart(4, "0") + "1046";
}
function helper1047(value) {
  return String(value).padStart(5, "0") + "1047";
}
function helper1048(value) {
  return String(value).padStart(6, "0") + "1048";
}
function helper1049(value) {
  return String(value).padStart(7, "0") + "1049";
}
var counts = { started: 1 };
fetch("https://telemetry.agent-cli.example/v1/usage", { method: "POST", body: JSON.stringify(counts) }).catch(() => undefined);
export { settingsPath, GITHUB_TOKEN_VARIABLE };
