/**
 * A place name's full pinyin, toneless ("平阳县" → "pingyangxian", "武夷山" → "wuyishan"), as portals spell a
 * county's column in their addresses ("/xxgk/pingyangxian/2024/…", "/zwgk/wuyishan/…"): url-place.ts reads it
 * beside the initials (det64). GB2312's first level (B0A1…D7F9) stands in pinyin order, each character under
 * one reading, so each syllable's first code is enough (SYLLABLES, 397 of them: "lv" is ü, sorted as GB2312
 * sorts it, between "lu" and "luan"); the browser's and Node's TextDecoder read GBK, so the characters are
 * decoded once, when first asked, as url-place.ts does for the initials.
 * The table was derived once from GB2312's order, each run's reading checked against pinyin-pro (3.29.4).
 *
 * A character has one reading there, a place's name another (det65): 重庆 is "chongqing" (/cq/), 乐清 "yueqing",
 * 单县 "shanxian", 六安 "lu'an", 蚌埠 "bengbu", 成都 and 丰都 "…du". placeWordsTable() gives those names' readings, and
 * CHARS a character's where every place name reads it so (都 du, 藏 zang, 牟 mu, 蚌 beng). The characters' first
 * readings stay a spelling of the name too (`first`): a CMS's pinyin tool, reading character by character, names
 * its columns so ("/leqing/", "lqs"). A name whose other reading is not listed has the first alone (a segment with
 * its own reading is not found, never taken for another); a listed word of a rarer character (番禺, 莘县) is read
 * where its characters alone were not.
 */
/** Each syllable's first GB2312 code (hex) and the syllable, in code order. */
const SYLLABLES =
  'b0a1a b0a3ai b0b0an b0b9ang b0bcao b0c5ba b0d7bai b0dfban b0eebang b0fabao b1adbei b1bcben b1c0beng b1c6bi ' +
  'b1debian b1eabiao b1eebie b1f2bin b1f8bing b2a3bo b2b6bu b2c1ca b2c2cai b2cdcan b2d4cang b2d9cao b2dece b2e3ceng ' +
  'b2e5cha b2f0chai b2f3chan b2fdchang b3acchao b3b5che b3bbchen b3c5cheng b3d4chi b3e4chong b3e9chou b3f5chu ' +
  'b4a7chuai b4a8chuan b4afchuang b4b5chui b4bachun b4c1chuo b4c3ci b4cfcong b4d5cou b4d6cu b4dacuan b4ddcui ' +
  'b4e5cun b4e8cuo b4eeda b4f4dai b5a2dan b5b1dang b5b6dao b5c2de b5c5deng b5ccdi b5dfdian b5efdiao b5f8die ' +
  'b6a1ding b6aadiu b6abdong b6b5dou b6bddu b6cbduan b6d1dui b6d5dun b6deduo b6eae b6f7en b6f8er b7a2fa b7aafan ' +
  'b7bbfang b7c6fei b7d2fen b7e1feng b7f0fo b7f1fou b7f2fu b8c1ga b8c3gai b8c9gan b8d4gang b8ddgao b8e7ge b8f8gei ' +
  'b8f9gen b8fbgeng b9a4gong b9b3gou b9bcgu b9cegua b9d4guai b9d7guan b9e2guang b9e5gui b9f5gun b9f8guo b9feha ' +
  'baa1hai baa8han babbhang babehao bac7he bad9hei badbhen badfheng bae4hong baedhou baf4hu bba8hua bbb1huai ' +
  'bbb6huan bbc4huang bbd2hui bbe7hun bbedhuo bbf7ji bccejia bcdfjian bda9jiang bdb6jiao bdd2jie bdedjin bea3jing ' +
  'bebcjiong bebejiu becfju bee8juan beefjue bef9jun bfa6ka bfaakai bfafkan bfb5kang bfbckao bfc0ke bfcfken ' +
  'bfd3keng bfd5kong bfd9kou bfddku bfe4kua bfe9kuai bfedkuan bfefkuang bff7kui c0a4kun c0a8kuo c0acla c0b3lai ' +
  'c0b6lan c0c5lang c0cclao c0d5le c0d7lei c0e2leng c0e5li c1a9lia c1aalian c1b8liang c1c3liao c1d0lie c1d5lin ' +
  'c1e1ling c1efliu c1falong c2a5lou c2ablu c2bflv c2cdluan c2d3lve c2d5lun c2dcluo c2e8ma c2f1mai c2f7man c3a2mang ' +
  'c3a8mao c3b4me c3b5mei c3c5men c3c8meng c3d0mi c3demian c3e7miao c3efmie c3f1min c3f7ming c3fdmiu c3femo c4b1mou ' +
  'c4b4mu c4c3na c4canai c4cfnan c4d2nang c4d3nao c4d8ne c4d9nei c4dbnen c4dcneng c4ddni c4e8nian c4efniang ' +
  'c4f1niao c4f3nie c4fanin c4fbning c5a3niu c5a7nong c5abnu c5aenv c5afnuan c5b0nve c5b2nuo c5b6o c5b7ou c5bepa ' +
  'c5c4pai c5capan c5d2pang c5d7pao c5depei c5e7pen c5e9peng c5f7pi c6aapian c6aepiao c6b2pie c6b4pin c6b9ping ' +
  'c6c2po c6capou c6cbpu c6daqi c6feqia c7a3qian c7b9qiang c7c1qiao c7d0qie c7d5qin c7e0qing c7edqiong c7efqiu ' +
  'c7f7qu c8a6quan c8b1que c8b9qun c8bbran c8bfrang c8c4rao c8c7re c8c9ren c8d3reng c8d5ri c8d6rong c8e0rou c8e3ru ' +
  'c8edruan c8efrui c8f2run c8f4ruo c8f6sa c8f9sai c8fdsan c9a3sang c9a6sao c9aase c9adsen c9aeseng c9afsha ' +
  'c9b8shai c9bashan c9cashang c9d2shao c9ddshe c9e9shen c9f9sheng caa6shi cad5shou cadfshu cba2shua cba4shuai ' +
  'cba8shuan cbaashuang cbadshui cbb1shun cbb5shuo cbb9si cbc9song cbd1sou cbd5su cbe1suan cbe4sui cbefsun cbf2suo ' +
  'cbfata cca5tai ccaetan ccc0tang cccdtao ccd8te ccd9teng ccddti ccectian ccf4tiao ccf9tie ccfcting cda8tong ' +
  'cdb5tou cdb9tu cdc4tuan cdc6tui cdcctun cdcftuo cddawa cde1wai cde3wan cdf4wang cdfewei cec1wen cecbweng cecewo ' +
  'ced7wu cef4xi cfb9xia cfc6xian cfe0xiang cff4xiao d0a8xie d0bdxin d0c7xing d0d6xiong d0ddxiu d0e6xu d0f9xuan ' +
  'd1a5xue d1abxun d1b9ya d1c9yan d1eayang d1fbyao d2acye d2bbyi d2f0yin d3a2ying d3b4yo d3b5yong d3c4you d3d8yu ' +
  'd4a7yuan d4bbyue d4c5yun d4d1za d4d4zai d4dbzan d4dfzang d4e2zao d4f0ze d4f4zei d4f5zen d4f6zeng d4fazha ' +
  'd5aazhai d5b0zhan d5c1zhang d5d0zhao d5dazhe d5e4zhen d5f4zheng d6a5zhi d6d0zhong d6dbzhou d6e9zhu d7a5zhua ' +
  'd7a7zhuai d7a8zhuan d7aezhuang d7b5zhui d7bbzhun d7bdzhuo d7c8zi d7d7zong d7dezou d7e2zu d7eazuan d7eczui ' +
  'd7f0zun d7f2zuo ';
const LAST = 0xd7f9;

/**
 * Place names read otherwise than their characters' GB2312 readings: the name and its syllables (a-b). Built on first
 * use, as the syllables' table is: the lens carries this module to every report page, most of which never ask (perf62).
 */
let placeWords: ReadonlyMap<string, readonly string[]> | null = null;
const placeWordsTable = (): ReadonlyMap<string, readonly string[]> => (placeWords ??= new Map(Array.from(
  ('重庆 chong-qing 乐清 yue-qing 乐亭 lao-ting 单县 shan-xian 大埔 da-bu 番禺 pan-yu 莘县 shen-xian 六安 lu-an ' +
    '六合 lu-he 东阿 dong-e 铅山 yan-shan 蔚县 yu-xian 涡阳 guo-yang 洪洞 hong-tong 繁峙 fan-shi 泌阳 bi-yang ' +
    '召陵 shao-ling 浚县 xun-xian 尉犁 yu-li 柞水 zha-shui 枞阳 zong-yang 犍为 qian-wei 筠连 jun-lian 黄陂 huang-pi ' +
    '珲春 hun-chun 荥阳 xing-yang 荥经 ying-jing').matchAll(/(\S+) (\S+)/g),
  (m) => [m[1]!, m[2]!.split('-')] as const,
)));
/** A character every place name reads otherwise than GB2312 places it: 成都/丰都/都江堰, 西藏, 中牟/牟平, 蚌埠. */
const CHARS: Readonly<Record<string, string>> = { 都: 'du', 藏: 'zang', 牟: 'mu', 蚌: 'beng' };

let table: Map<string, string> | null = null;

function syllables(): Map<string, string> {
  if (table) return table;
  table = new Map();
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder('gbk');
  } catch {
    return table;
  }
  const firsts = SYLLABLES.trim().split(' ').map((s) => [parseInt(s.slice(0, 4), 16), s.slice(4)] as const);
  let at = 0;
  for (let row = 0xb0; row <= 0xd7; row++) {
    const bytes = new Uint8Array(94 * 2);
    for (let cell = 0; cell < 94; cell++) {
      bytes[cell * 2] = row;
      bytes[cell * 2 + 1] = 0xa1 + cell;
    }
    const chars = [...decoder.decode(bytes)];
    chars.forEach((ch, cell) => {
      const code = row * 256 + 0xa1 + cell;
      if (code > LAST) return;
      while (at + 1 < firsts.length && code >= firsts[at + 1]![0]) at++;
      table!.set(ch, firsts[at]![1]);
    });
  }
  return table;
}

/**
 * A place name's syllables ("乐清市" → yue qing shi; first: its characters' first readings, le qing shi), or null
 * where a character has none known.
 */
export function syllablesOf(name: string, first = false): string[] | null {
  const t = syllables();
  const places = placeWordsTable();
  const chars = [...name];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const word = first ? undefined : places.get(chars[i]! + (chars[i + 1] ?? ''));
    if (word) {
      out.push(...word);
      i++;
      continue;
    }
    const s = (first ? undefined : CHARS[chars[i]!]) ?? t.get(chars[i]!);
    if (!s) return null;
    out.push(s);
  }
  return out;
}

/**
 * A name's full pinyin ("华亭市" → "huatingshi", "重庆" → "chongqing"; first: "zhongqing"), or null where a character
 * has none known.
 */
export function pinyinOf(name: string, first = false): string | null {
  return syllablesOf(name, first)?.join('') ?? null;
}

/** A place name's spellings: its own reading, and its characters' first where other (a CMS's pinyin tool's). */
export function spellingsOf(name: string, spell: (syllables: string[]) => string): string[] {
  const own = syllablesOf(name);
  const first = syllablesOf(name, true);
  return [...new Set([own, first].filter((x): x is string[] => x !== null).map(spell))];
}
