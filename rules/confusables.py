# ruff: noqa: RUF001 - the look-alike characters are the point of this file
"""Look-alike letters from other scripts and their ASCII letter (generated).

Made by ``tools/gen_confusables.py`` from Unicode's confusables data; see that script.
"""

from __future__ import annotations

_PAIRS = (
    'ıiſfƄbƍgƖlƦrƧ2Ʒ3Ƽ5ƽsǀlȜ3Ȣ8ȣ8ɑaɡgɣyɩiɪiɯwʋuʏy˛iͺiͿjΑaΒbΕeΖzΗhΙlΚkΜmΝnΟoΡpΤtΥyΧxαa'
    'γyιiνvοoρpσoυuϒyϜfϨ2ϱpϲcϳjϹcϺmЅsІlЈjАaВbЕeЗ3КkМmНhОoРpСcТtУyХxЬbаaб6гrеeоoрpсcуy'
    'хxѕsіiјjѡwѴvѵvҮyүyһhҽeӀlӏiӠ3ԁdԌgԛqԜwԝwՍuՏsՕoաwգqզqհhոnռnսuցgքfօo۱l۵o۷v०o০o৪8৭9੦o'
    '੧9੪8૦oଃ8ଠo୦o୨9௦oంo౦oಂo೦oംoഠo൦o൭9ංo๐o໐oဝo၀oყyჿoሀuዐoᎠdᎡrᎢtᎥiᎩyᎪaᎫjᎬeᎳwᎷmᎻhᎽyᏀgᏂhᏃz'
    'Ꮞ4ᏏbᏒrᏔwᏕsᏙvᏚsᏞlᏟcᏢpᏦkᏧdᏮ6ᏳgᏴbᐯvᑌuᑭpᑯdᑲbᒍjᒪlᒿ2ᕁxᕼhᕽxᖇrᖯbᖴfᗅaᗞdᗪdᗰmᗷb᙭x᙮xᚷxᛁlᛕkᛖm'
    'ᴄcᴏoᴑoᴜuᴠvᴡwᴢzᴦrᶃgᶌyẝfỿyιiℐlℑl℮eℽyⅠl∣l∨v∪u⊤t⋁v⋃u⋿e⍳i⍴p⍺a⏽l╳x⟙t⤫x⤬x⨯xⲅrⲎhⲒlⲔkⲘmⲚn'
    'ⲞoⲟoⲢpⲣpⲤcⲥcⲦtⲨyⲬxⳊ9Ⳍ3ⳐlⳒ6ⴸvⴹeⵏlⵔoⵕqⵝx〇oꓐbꓑpꓒdꓓdꓔtꓖgꓗkꓙjꓚcꓜzꓝfꓟmꓠnꓡlꓢsꓣrꓦvꓧhꓪwꓫx'
    'ꓬyꓮaꓰeꓲlꓳoꓴuꙄ2ꙇiꛟvꛯ2ꜱsꝚ2Ꝫ3Ꝯ9ꞘfꞙfꞟuꞫ3ꞲjꞳxꞴbꬲeꬵfꬽoꭇrꭈrꭎuꭒuꭚyꭵiꮁrꮃwꮓzꮩvꮪsꮯcＩl￨l𐊂b𐊆e'
    '𐊇f𐊊l𐊐x𐊒o𐊕p𐊖s𐊗t𐊠a𐊡b𐊢c𐊥f𐊫o𐊰m𐊱t𐊲y𐊴x𐋏h𐋵z𐌁b𐌂c𐌉l𐌑m𐌕t𐌗x𐌚8𐌠l𐌢x𐐄o𐐕c𐐛l𐐠s𐐬o𐐽c𐑈s𐒴r𐓂o𐓎u𐓒7𐓪o𐓶u'
    '𐔓n𐔖o𐔘k𐔜c𐔝v𐔥f𐔦l𐔧x𑓐o𑜆v𑜊w𑜎w𑜏w𑢠v𑢢f𑢣l𑢤y𑢦e𑢩z𑢬9𑢮e𑢯4𑢲l𑢵o𑢸u𑢻5𑢼t𑣀v𑣁s𑣂f𑣃i𑣄z𑣆7𑣈o𑣊3𑣌9𑣕6𑣖9𑣗o𑣘u'
    '𑣜y𑣠o𑣥z𑣦w𑣩c𑣬x𑣯w𑣲c𖼈v𖼊t𖼖l𖼨l𖼵r𖼺s𖼻3𖽀a𖽂u𖽃y𝈆3𝈍v𝈒7𝈓f𝈖r𝈪l𝐈l𝐼l𝑰l𝓘l𝕀l𝕴l𝖨l𝗜l𝘐l𝙄l𝙸l𝚤i𝚨a𝚩b𝚬e𝚭z'
    '𝚮h𝚰l𝚱k𝚳m𝚴n𝚶o𝚸p𝚻t𝚼y𝚾x𝛂a𝛄y𝛊i𝛎v𝛐o𝛒p𝛔o𝛖u𝛠p𝛢a𝛣b𝛦e𝛧z𝛨h𝛪l𝛫k𝛭m𝛮n𝛰o𝛲p𝛵t𝛶y𝛸x𝛼a𝛾y𝜄i𝜈v𝜊o𝜌p𝜎o'
    '𝜐u𝜚p𝜜a𝜝b𝜠e𝜡z𝜢h𝜤l𝜥k𝜧m𝜨n𝜪o𝜬p𝜯t𝜰y𝜲x𝜶a𝜸y𝜾i𝝂v𝝄o𝝆p𝝈o𝝊u𝝔p𝝖a𝝗b𝝚e𝝛z𝝜h𝝞l𝝟k𝝡m𝝢n𝝤o𝝦p𝝩t𝝪y𝝬x𝝰a'
    '𝝲y𝝸i𝝼v𝝾o𝞀p𝞂o𝞄u𝞎p𝞐a𝞑b𝞔e𝞕z𝞖h𝞘l𝞙k𝞛m𝞜n𝞞o𝞠p𝞣t𝞤y𝞦x𝞪a𝞬y𝞲i𝞶v𝞸o𝞺p𝞼o𝞾u𝟈p𝟊f𝟎o𝟏l𝟘o𝟙l𝟢o𝟣l𝟬o𝟭l'
    '𝟶o𝟷l🝌c🝨t🯰o🯱l'
)
CONFUSABLES: dict[str, str] = {
    _PAIRS[i]: _PAIRS[i + 1] for i in range(0, len(_PAIRS), 2)
}
"""Character -> the lower-case ASCII letter or digit it is made to look like."""
