package org.duban.planreader.text;

/**
 * Traditional characters as simplified ones, one character for one, so that a position in the simplified text is the
 * same position in the original: the reader finds 牵头单位 in 牽頭單位 and still returns the names as written. Covers
 * the characters of labels, unit names, times and the words of plans, not the whole language.
 */
public final class Hans {

    private static final String TRADITIONAL =
            "牽頭單責務協辦時間計劃於與參負據關開門為會員廳縣區鎮鄉衛農業標準產場環資源發財稅監總質檢驗測認證檢舉報"
            + "統織組經濟貿對處級護體專項衆眾營銷網絡電話聯繫繫藥療醫學應災減險災設備機構構築築規範節態條執導動傳廣華國紀動"
            + "歲級實際積極強龍車務價嚴齊並與後從復歷時這樣個們來說話過還進邊遠達選運連遞逐議認許訪評識謀調諸論設證詢試"
            + "詳誤説讀變貢負貨貫費資賽購賣質辦農專將對導屆層屬崗帶幫幣廣廢開異張強歸當錄徵態總懲戰擁擇擬據擴攜攤敵數斷無舊時"
            + "書會東條楊極構槍樓標樣權橫檢歡殘氣漢滅沒溝測濟準灣潔濕滿漁燈熱爭狀獨獎獲環現產畫畢異當發盡監盤眾確礎禮種稱穩窮"
            + "節範築簡類糧約紅級紙細組終經結絡統絲綠維網緊練線編緣縣縮總績續繼羅義習聖聞聯職聽肅腦脫臨舉艦藝蘇處號虛補裝製"
            + "複見規覺視親觀訂計訊討訓記講設許訴診詞評詢試話誠該說誰課調請論諮謝證識譜護讀讓豐貝負財責賬貴貸貿費資賓賜賞賠"
            + "趕趨蹤軍軟輕輛輔輸轄轉辦辭農迴這連週進遊運過達違遙適遲遷選遺遼還邊鄉鄰醫釋針鈴銀銷鋼錢錯鍵鎮長門閉開閒間閱闆"
            + "陝陣陰陳陸隊階際險隨隱雙雜雞離難電頁項順須預領頻題額願類顧風飛飯飲館馬駐驗體髮鬥魚鳥鹽麥黃點黨齊齡龜"
            + "內著裡產觀權屬蘭灣嶺歐禦綜優勢審決違範並術戶鄰圖圍園團壓壞殺滬漢潤溫湯號對級頻護"
            + "別儀陽濱戲劇幹廠倉傷僅償勞勵啟啓塊夢奮婦孫寧寶幾庫彈徑慶憲懷擔擊攝暢曆棄濃燒爐牆獻畝盜碼礦禍競筆純紮納紛緝緒罰羣聲腳莊葉萬襲覽託詐誌誘語談諾貧貼賀賴跡踐躍載較鐵鑒鑑閩閣闡雲靜響頒頓顯飼養駕騎鬧麗壇圓蓋輪鏈鎖問劃劑勝卻叢吳嗎噸壩壯傑倫偽儲兒兩冊淨凈揮損搶撥敗晉暫棟榮樂機殼毀況匯滙漲煙獵獸疊盧矯碩礙穀竊簽籌糾綁綱綫締緩縱繳纜罷聰膠臺興艙蟲衝販贊贈鄭採銳鍾鐘雖靈韓魯鳳麼眾綜廳園廈盃災紀訊驅壓鐘"
            // the older variants some copies keep: 爲 (為), 産 (產)
            + "爲産";
    private static final String SIMPLIFIED =
            "牵头单责务协办时间计划于与参负据关开门为会员厅县区镇乡卫农业标准产场环资源发财税监总质检验测认证检举报"
            + "统织组经济贸对处级护体专项众众营销网络电话联系系药疗医学应灾减险灾设备机构构筑筑规范节态条执导动传广华国纪动"
            + "岁级实际积极强龙车务价严齐并与后从复历时这样个们来说话过还进边远达选运连递逐议认许访评识谋调诸论设证询试"
            + "详误说读变贡负货贯费资赛购卖质办农专将对导届层属岗带帮币广废开异张强归当录征态总惩战拥择拟据扩携摊敌数断无旧时"
            + "书会东条杨极构枪楼标样权横检欢残气汉灭没沟测济准湾洁湿满渔灯热争状独奖获环现产画毕异当发尽监盘众确础礼种称稳穷"
            + "节范筑简类粮约红级纸细组终经结络统丝绿维网紧练线编缘县缩总绩续继罗义习圣闻联职听肃脑脱临举舰艺苏处号虚补装制"
            + "复见规觉视亲观订计讯讨训记讲设许诉诊词评询试话诚该说谁课调请论咨谢证识谱护读让丰贝负财责账贵贷贸费资宾赐赏赔"
            + "赶趋踪军软轻辆辅输辖转办辞农回这连周进游运过达违遥适迟迁选遗辽还边乡邻医释针铃银销钢钱错键镇长门闭开闲间阅板"
            + "陕阵阴陈陆队阶际险随隐双杂鸡离难电页项顺须预领频题额愿类顾风飞饭饮馆马驻验体发斗鱼鸟盐麦黄点党齐龄龟"
            + "内着里产观权属兰湾岭欧御综优势审决违范并术户邻图围园团压坏杀沪汉润温汤号对级频护"
            + "别仪阳滨戏剧干厂仓伤仅偿劳励启启块梦奋妇孙宁宝几库弹径庆宪怀担击摄畅历弃浓烧炉墙献亩盗码矿祸竞笔纯扎纳纷缉绪罚群声脚庄叶万袭览托诈志诱语谈诺贫贴贺赖迹践跃载较铁鉴鉴闽阁阐云静响颁顿显饲养驾骑闹丽坛圆盖轮链锁问划剂胜却丛吴吗吨坝壮杰伦伪储儿两册净净挥损抢拨败晋暂栋荣乐机壳毁况汇汇涨烟猎兽叠卢矫硕碍谷窃签筹纠绑纲线缔缓纵缴缆罢聪胶台兴舱虫冲贩赞赠郑采锐钟钟虽灵韩鲁凤么众综厅园厦杯灾纪讯驱压钟"
            + "为产";

    private static final char[] MAP = new char[0x10000];
    /** For each simplified character of the table, the first traditional one that maps to it. */
    private static final char[] BACK = new char[0x10000];

    static {
        if (TRADITIONAL.length() != SIMPLIFIED.length()) {
            throw new IllegalStateException("Hans tables differ in length");
        }
        for (int i = 0; i < MAP.length; i++) {
            MAP[i] = (char) i;
            BACK[i] = (char) i;
        }
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            MAP[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
        }
        for (int i = TRADITIONAL.length() - 1; i >= 0; i--) {
            if (TRADITIONAL.charAt(i) != SIMPLIFIED.charAt(i)) {
                BACK[SIMPLIFIED.charAt(i)] = TRADITIONAL.charAt(i);
            }
        }
    }

    private Hans() {
    }

    /**
     * The text with traditional characters replaced by simplified ones; the same length, position for position. A text
     * with none is answered with itself (the same instance), which callers may test for.
     */
    public static String simplified(String text) {
        if (text == null) {
            return null;
        }
        // most texts are simplified throughout: they are scanned, and copied only from their first traditional one
        for (int i = 0; i < text.length(); i++) {
            if (MAP[text.charAt(i)] != text.charAt(i)) {
                char[] chars = text.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    chars[j] = MAP[chars[j]];
                }
                return new String(chars);
            }
        }
        return text;
    }

    /**
     * The text in traditional characters as far as the table knows them (for each simplified character the first of
     * its traditional forms): a traditional copy of a notice, as mirror sites make them, to test that the reader reads
     * it as it reads the original.
     */
    public static String traditional(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = BACK[chars[i]];
        }
        return new String(chars);
    }
}
