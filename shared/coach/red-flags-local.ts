/**
 * The red flags of `red-flags.ts` as Russian, Spanish and German runners write them: a symptom that
 * must never be coached around has to be caught in every language the bot speaks, with or without a
 * model, before any parser reads the message. Same names as the English list (the reply names the
 * flag from the catalogs). Patterns run on lowercased text; JavaScript's `\b` knows no Cyrillic, so
 * the Russian stems are matched without word boundaries (a false alarm costs one message).
 */
export const LOCAL_RED_FLAGS: ReadonlyArray<{ readonly name: string; readonly pattern: RegExp }> = [
  {
    name: 'chest pain',
    pattern: new RegExp(
      [
        // ru: «боль в груди», «в груди давит», «грудь болит»
        '(боль|болит|давит|давило|сдавлив|жжение|жжёт|жжет|тяжесть)[а-яё]*.{0,20}груд',
        'груд[а-яё]*.{0,20}(боль|болит|давит|давило|сжима|жжёт|жжет)',
        // es: «dolor en el pecho», «me duele el pecho», «opresión en el pecho»
        'dolor (en el |de |del )?pecho',
        'pecho.{0,20}(duele|dolía|dolor|presión|opresión)',
        '(opresión|presión|duele|dolía) (en )?el pecho',
        // de: «Brustschmerzen», «Schmerzen in der Brust», «Druck auf der Brust»
        'brustschmerz',
        '(schmerz|druck|enge|stechen)[a-zäöüß]*.{0,20}(in|auf) der brust',
        'brust.{0,20}(tut weh|schmerz|eng|drückt|sticht)',
      ].join('|'),
    ),
  },
  {
    name: 'fainting',
    pattern:
      /обморок|потерял[а-яё]* сознание|desmay|perd[ií] el conocimiento|perd[ií] la (consciencia|conciencia)|ohnmacht|ohnmächtig|bewusstlos|zusammengebrochen|umgekippt/,
  },
  {
    name: 'severe shortness of breath',
    pattern:
      /(не могу|не мог|не могла|не получается|трудно|тяжело) (дышать|вдохнуть|отдышаться)|задыха[а-яё]*|сильн[а-яё]* одышк|no (puedo|podía|pude|podia) respirar|me cuesta respirar|me ahog|(falta de aire|ahogo) (grave|severa|extrema|fuerte)|(kann|konnte) (kaum|nicht) (atmen|luft)|(bekomme|bekam|kriege|kriegte) keine luft|(starke|schwere) atemnot/,
  },
  {
    name: 'heart rhythm',
    pattern:
      /(сердце|пульс)[а-яё]*.{0,25}(скач|сбива|перебо|колот|трепещ|выпрыгива)|перебои в сердце|аритми|(corazón|pulso).{0,25}(acelerad|irregular|se salta|saltos|desbocad)|palpitacion|arritmia|(herz|puls).{0,25}(rast|rasen|unregelmäßig|stolper|setzt aus|flatter)|herzrasen|herzstolpern|rhythmusstörung|arrhythmie/,
  },
  {
    name: 'dizziness',
    pattern:
      /головокруж|(кружится|кружилась|закружилась) голова|голова (кружится|кружилась|закружилась)|mare[oa]d[oa]|mareos?\b|vértigo|schwindel|schwindlig|benommen/,
  },
  {
    name: 'stroke signs',
    pattern:
      /(онемел|онемени|немеет|покалыва|слабость)[а-яё]*.{0,25}(рук|лиц|одной сторон|половин)|невнятн[а-яё]* речь|перекосил[а-яё]* лицо|(entumec|hormigueo|debilidad).{0,25}(brazo|cara|un lado)|habla arrastrada|cara caída|(taub|kribbeln|schwäche).{0,25}(arm|gesicht|einer seite)|verwaschene sprache|hängender mundwinkel/,
  },
  {
    name: 'coughing blood',
    pattern:
      /(кашл|плю|плев|рвот|рвал|вырвал)[а-яё]*.{0,15}кров|кровь в моче|(tos|tosí|toso|toser|escup|vomit|vómit).{0,15}sangre|sangre en la orina|(hust|spuck|erbrech|erbroch)[a-zäöüß]*.{0,15}blut|blut im urin|bluthusten/,
  },
  {
    name: 'heat illness',
    pattern:
      /тепловой удар|солнечный удар|спутанн[а-яё]* сознани|golpe de calor|confundid[oa]|confusión|hitzschlag|sonnenstich|verwirrt/,
  },
  {
    name: 'fracture',
    pattern:
      /(не могу|не могла|не получается) (наступить|ходить|стоять|опереться)|перелом(?!н)|сломал[а-яё]* (ногу|стопу|лодыжку|голень|кость|бедро)|no (puedo|podía|pude) (apoyar|caminar|andar|estar de pie)|fractura|(me he roto|me rompí) (el|la) (pie|pierna|tobillo|hueso|cadera|tibia)|(kann|konnte) (nicht|kaum) (auftreten|gehen|stehen|belasten)|(knochen|bein|fuß|knöchel|schienbein|hüfte)[a-zäöüß]* (ist |sind )?gebrochen|ermüdungsbruch|fraktur/,
  },
  {
    name: 'severe swelling',
    pattern:
      /(икр|голен|ног)[а-яё]*.{0,30}(опух|отек|отёк|горяч|красн)[а-яё]*.{0,30}(боль|болит)|(gemelo|pantorrilla|pierna).{0,30}(hinchad|caliente|roj).{0,30}(dolor|duele)|(wade|bein).{0,30}(geschwollen|schwellung|heiß|rot).{0,30}(schmerz|tut weh)/,
  },
];
