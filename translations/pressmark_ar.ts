<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New catalogue…</source>
        <translation>&amp;فهرس جديد…</translation>
    </message>
    <message>
        <source>Create a new, empty catalogue folder</source>
        <translation>إنشاء مجلد فهرس جديد فارغ</translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>&amp;فتح فهرس…</translation>
    </message>
    <message>
        <source>Open another catalogue folder</source>
        <translation>فتح مجلد فهرس آخر</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;استيراد ملفات…</translation>
    </message>
    <message>
        <source>Import article files (HTML, Markdown, text, PDF, DOCX), reference lists (RIS, CSL-JSON) or REFI-QDA projects</source>
        <translation>استيراد ملفات مقالات (HTML وMarkdown ونص وPDF وDOCX) أو قوائم مراجع (RIS وCSL-JSON) أو مشاريع REFI-QDA</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <source>Import every article file in a folder</source>
        <translation>استيراد كل ملفات المقالات في مجلد</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;تصدير حزمة…</translation>
    </message>
    <message>
        <source>Export the catalogue, the selection, a tag or a search as a bundle (zip)</source>
        <translation>تصدير الفهرس أو التحديد أو وسم أو بحث في حزمة (zip)</translation>
    </message>
    <message>
        <source>&amp;KWIC as CSV…</source>
        <translation>الكلمة في &amp;سياقها بصيغة CSV…</translation>
    </message>
    <message>
        <source>Write each hit of the current search in its context (keyword in context) as a CSV file</source>
        <translation>كتابة كل نتيجة من نتائج البحث الحالي في سياقها (الكلمة في سياقها) في ملف CSV</translation>
    </message>
    <message>
        <source>Import &amp;bundle…</source>
        <translation>استيراد &amp;حزمة…</translation>
    </message>
    <message>
        <source>Check a bundle, preview what it would change, and import it</source>
        <translation>فحص حزمة ومعاينة ما ستغيّره ثم استيرادها</translation>
    </message>
    <message>
        <source>Export bib&amp;liography…</source>
        <translation>تصدير &amp;ثبت المراجع…</translation>
    </message>
    <message>
        <source>Write the bibliography of the selection or of a tag as text, HTML or CSL-JSON</source>
        <translation>كتابة ثبت المراجع للتحديد أو لوسم بصيغة نص أو HTML أو CSL-JSON</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Close Pressmark</source>
        <translation>إغلاق Pressmark</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>لا شيء لإعادته</translation>
    </message>
    <message>
        <source>&amp;Quote selection…</source>
        <translation>&amp;اقتباس التحديد…</translation>
    </message>
    <message>
        <source>Make a quote of the text selected in the reader</source>
        <translation>إنشاء اقتباس من النص المحدد في القارئ</translation>
    </message>
    <message>
        <source>Copy with &amp;citation</source>
        <translation>نسخ مع ال&amp;إحالة</translation>
    </message>
    <message>
        <source>Copy the selected words, the quote or the document with its source, in the chosen citation style</source>
        <translation>نسخ الكلمات المحددة أو الاقتباس أو الوثيقة مع مصدرها، بأسلوب الإحالة المختار</translation>
    </message>
    <message>
        <source>&amp;Tag selection…</source>
        <translation>&amp;وسم التحديد…</translation>
    </message>
    <message>
        <source>Tag the selected records</source>
        <translation>وسم السجلات المحددة</translation>
    </message>
    <message>
        <source>&amp;Delete selection</source>
        <translation>&amp;حذف التحديد</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>نقل السجلات المحددة إلى سلة المهملات</translation>
    </message>
    <message>
        <source>&amp;Save metadata</source>
        <translation>&amp;حفظ البيانات الوصفية</translation>
    </message>
    <message>
        <source>Save the changed metadata fields</source>
        <translation>حفظ حقول البيانات الوصفية المعدّلة</translation>
    </message>
    <message>
        <source>&amp;Accept all proposals</source>
        <translation>&amp;قبول كل المقترحات</translation>
    </message>
    <message>
        <source>Accept every proposal for the open document</source>
        <translation>قبول كل المقترحات الخاصة بالوثيقة المفتوحة</translation>
    </message>
    <message>
        <source>Your &amp;name in the history…</source>
        <translation>&amp;اسمك في سجل التغييرات…</translation>
    </message>
    <message>
        <source>The name your changes carry in the records&apos; history</source>
        <translation>الاسم الذي تحمله تغييراتك في سجل تغييرات السجلات</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>الانتقال إلى مربع البحث</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;الوثائق</translation>
    </message>
    <message>
        <source>List documents</source>
        <translation>عرض الوثائق</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>الا&amp;قتباسات</translation>
    </message>
    <message>
        <source>List quotes</source>
        <translation>عرض الاقتباسات</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>الف&amp;اعلون</translation>
    </message>
    <message>
        <source>List actors</source>
        <translation>عرض الفاعلين</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>عرض ال&amp;كل</translation>
    </message>
    <message>
        <source>Clear the search and the filter</source>
        <translation>مسح البحث والتصفية</translation>
    </message>
    <message>
        <source>Hits in &amp;context</source>
        <translation>النتائج في &amp;سياقها</translation>
    </message>
    <message>
        <source>Show each hit of the current search in its context, one line per occurrence</source>
        <translation>عرض كل نتيجة من نتائج البحث الحالي في سياقها، سطرًا لكل ورود</translation>
    </message>
    <message>
        <source>Quoted &amp;together…</source>
        <translation>مقتبَسون &amp;معًا…</translation>
    </message>
    <message>
        <source>Show which speakers are quoted in the same documents</source>
        <translation>عرض المتحدثين الذين يُقتبس منهم في الوثائق نفسها</translation>
    </message>
    <message>
        <source>Possible d&amp;uplicate actors…</source>
        <translation>فاعلون &amp;مكررون محتملون…</translation>
    </message>
    <message>
        <source>List actors that may be one, to merge them or say they differ</source>
        <translation>عرض الفاعلين الذين قد يكونون شخصًا واحدًا، لدمجهم أو تأكيد اختلافهم</translation>
    </message>
    <message>
        <source>&amp;Reused passages…</source>
        <translation>&amp;مقاطع معاد استخدامها…</translation>
    </message>
    <message>
        <source>List the passages several documents carry, most documents first</source>
        <translation>عرض المقاطع التي ترد في عدة وثائق، الأكثر ورودًا أولًا</translation>
    </message>
    <message>
        <source>&amp;Where else?…</source>
        <translation>&amp;أين أيضًا؟…</translation>
    </message>
    <message>
        <source>Show every document carrying the chosen quote&apos;s statement, first appearance first</source>
        <translation>عرض كل وثيقة تحمل تصريح الاقتباس المختار، بدءًا بأول ظهور له</translation>
    </message>
    <message>
        <source>&amp;Reindex</source>
        <translation>&amp;إعادة الفهرسة</translation>
    </message>
    <message>
        <source>Rebuild the search index from the database</source>
        <translation>إعادة بناء فهرس البحث من قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;Check catalogue…</source>
        <translation>&amp;فحص الفهرس…</translation>
    </message>
    <message>
        <source>Check the database, quotes, original files and index; offer to repair</source>
        <translation>فحص قاعدة البيانات والاقتباسات والملفات الأصلية والفهرس، واقتراح الإصلاح</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Write a backup of the catalogue&apos;s database now</source>
        <translation>كتابة نسخة احتياطية من قاعدة بيانات الفهرس الآن</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Go back to one of the catalogue&apos;s backups</source>
        <translation>العودة إلى إحدى النسخ الاحتياطية للفهرس</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>عرض اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Pressmark</source>
        <translation>&amp;عن Pressmark</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>الإصدار والترخيص</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Undo {change}</source>
        <translation>تراجع عن {change}</translation>
    </message>
    <message>
        <source>Redo {change}</source>
        <translation>إعادة {change}</translation>
    </message>
    <message>
        <source>The catalogue is open read-only</source>
        <translation>الفهرس مفتوح للقراءة فقط</translation>
    </message>
    <message>
        <source>Search now (in the search box)</source>
        <translation>البحث الآن (في مربع البحث)</translation>
    </message>
    <message>
        <source>Next, previous proposal (in the reader)</source>
        <translation>المقترح التالي، السابق (في القارئ)</translation>
    </message>
    <message>
        <source>Accept, edit, reject the proposal at the cursor (in the reader)</source>
        <translation>قبول المقترح عند المؤشر أو تحريره أو رفضه (في القارئ)</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>النقر بالزر الأيمن</translation>
    </message>
    <message>
        <source>Quote selection…, copy with citation, tag, rename and merge tags</source>
        <translation>اقتباس التحديد…، النسخ مع الإحالة، الوسم، إعادة تسمية الوسوم ودمجها</translation>
    </message>
</context>
<context>
    <name>ActorDuplicates</name>
    <message>
        <source>{name} · {counts}</source>
        <translation>{name} · {counts}</translation>
    </message>
    <message>
        <source>{first} and {second}: {why}</source>
        <translation>{first} و{second}: {why}</translation>
    </message>
    <message>
        <source>Possible duplicate actors</source>
        <translation>فاعلون قد يكونون مكررين</translation>
    </message>
    <message>
        <source>Actors of one type whose names look alike. Merging keeps one: the other&apos;s name becomes an alias, and its documents, quotes, relations, identifiers and tags move over. Edit → Undo takes a merge back.</source>
        <translation>فاعلون من نوع واحد تتشابه أسماؤهم. يُبقي الدمج واحدًا منهم: يصير اسم الآخر اسمًا بديلًا، وتنتقل إليه وثائقه واقتباساته وعلاقاته ومعرّفاته ووسومه. ويتراجع «تحرير ← تراجع» عن الدمج.</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>ليسا واحدًا</translation>
    </message>
    <message>
        <source>These are two actors: stop offering this pair (remembered in the catalogue)</source>
        <translation>هذان فاعلان مختلفان: توقّف عن عرض هذا الزوج (يُحفظ ذلك في الفهرس)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Looking for possible duplicate actors</source>
        <translation>البحث عن فاعلين مكررين محتملين</translation>
    </message>
    <message>
        <source>Looking for actors that may be one…</source>
        <translation>جارٍ البحث عن فاعلين قد يكونون واحدًا…</translation>
    </message>
    <message>
        <source>Merge “{other}” into “{keep}”</source>
        <translation>دمج «{other}» في «{keep}»</translation>
    </message>
    <message>
        <source>Could not merge the actors</source>
        <translation>تعذّر دمج الفاعلين</translation>
    </message>
    <message>
        <source>Mark actors as different</source>
        <translation>تأكيد اختلاف الفاعلين</translation>
    </message>
    <message>
        <source>Could not mark the actors as different</source>
        <translation>تعذّر تأكيد اختلاف الفاعلين</translation>
    </message>
    <message>
        <source>No possible duplicates left.</source>
        <translation>لم يبقَ فاعلون قد يكونون مكررين.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate.</source>
        <translation>
            <numerusform>%n تكرار محتمل.</numerusform>
            <numerusform>تكرار واحد محتمل.</numerusform>
            <numerusform>تكراران محتملان.</numerusform>
            <numerusform>%n تكرارات محتملة.</numerusform>
            <numerusform>%n تكرارًا محتملًا.</numerusform>
            <numerusform>%n تكرار محتمل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates.</source>
        <translation>
            <numerusform>%n تكرار محتمل.</numerusform>
            <numerusform>تكرار واحد محتمل.</numerusform>
            <numerusform>تكراران محتملان.</numerusform>
            <numerusform>%n تكرارات محتملة.</numerusform>
            <numerusform>%n تكرارًا محتملًا.</numerusform>
            <numerusform>%n تكرار محتمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a pair, then which actor to keep; double-click a name to see its record.</source>
        <translation>اختر زوجًا، ثم الفاعل الذي تُبقيه؛ انقر اسمًا نقرًا مزدوجًا لترى سجله.</translation>
    </message>
    <message>
        <source>Keep the first</source>
        <translation>الإبقاء على الأول</translation>
    </message>
    <message>
        <source>Keep the second</source>
        <translation>الإبقاء على الثاني</translation>
    </message>
    <message>
        <source>Keep “{name}”</source>
        <translation>الإبقاء على «{name}»</translation>
    </message>
</context>
<context>
    <name>ActorRecord</name>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>e.g. 1961–, or 1890–1962</source>
        <translation>مثلًا 1961–، أو 1890–1962</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>التواريخ:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>اسم بديل</translation>
    </message>
    <message>
        <source>an alias</source>
        <translation>اسم بديل</translation>
    </message>
    <message>
        <source>Other names of this actor; a name found under one of them finds this actor</source>
        <translation>أسماء أخرى لهذا الفاعل؛ الاسم الموجود تحت أحدها يدل على هذا الفاعل</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>الأسماء البديلة:</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>an identifier</source>
        <translation>معرّف</translation>
    </message>
    <message>
        <source>External identifiers: {schemes}</source>
        <translation>المعرّفات الخارجية: {schemes}</translation>
    </message>
    <message>
        <source>Identifiers:</source>
        <translation>المعرّفات:</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <source>a relation</source>
        <translation>علاقة</translation>
    </message>
    <message>
        <source>an actor&apos;s name</source>
        <translation>اسم فاعل</translation>
    </message>
    <message>
        <source>This actor is … of another actor (double-click to edit)</source>
        <translation>هذا الفاعل … لفاعل آخر (انقر نقرًا مزدوجًا للتعديل)</translation>
    </message>
    <message>
        <source>Show the actor of the selected relation</source>
        <translation>عرض فاعل العلاقة المحددة</translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation>العلاقات:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the changed fields as one change (undo takes it back)</source>
        <translation>حفظ الحقول المعدّلة تغييرًا واحدًا (التراجع يعيده)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>Delete actor</source>
        <translation>حذف الفاعل</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>الوثائق:</translation>
    </message>
    <message>
        <source>Quotes:</source>
        <translation>الاقتباسات:</translation>
    </message>
    <message>
        <source>Speakers quoted in the same documents as this actor</source>
        <translation>متحدثون اقتُبس كلامهم في الوثائق نفسها التي اقتُبس فيها هذا الفاعل</translation>
    </message>
    <message>
        <source>Quoted alongside:</source>
        <translation>اقتُبس معه:</translation>
    </message>
    <message>
        <source>Quoted together…</source>
        <translation>اقتُبسوا معًا…</translation>
    </message>
    <message>
        <source>Show who is quoted with whom as a graph</source>
        <translation>عرض من اقتُبس مع من في رسم بياني</translation>
    </message>
    <message>
        <source>{title}  — {role}</source>
        <translation>{title}  — {role}</translation>
    </message>
    <message numerus="yes">
        <source>{name}  (%n document)</source>
        <translation>
            <numerusform>{name}  (%n وثيقة)</numerusform>
            <numerusform>{name}  (وثيقة واحدة)</numerusform>
            <numerusform>{name}  (وثيقتان)</numerusform>
            <numerusform>{name}  (%n وثائق)</numerusform>
            <numerusform>{name}  (%n وثيقة)</numerusform>
            <numerusform>{name}  (%n وثيقة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}  (%n documents)</source>
        <translation>
            <numerusform>{name}  (%n وثيقة)</numerusform>
            <numerusform>{name}  (وثيقة واحدة)</numerusform>
            <numerusform>{name}  (وثيقتان)</numerusform>
            <numerusform>{name}  (%n وثائق)</numerusform>
            <numerusform>{name}  (%n وثيقة)</numerusform>
            <numerusform>{name}  (%n وثيقة)</numerusform>
        </translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>الاسم فارغ.</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>A relation needs both a name (such as “member of”) and an actor.</source>
        <translation>تحتاج العلاقة إلى اسم (مثل «member of») وإلى فاعل معًا.</translation>
    </message>
    <message>
        <source>Could not save the actor</source>
        <translation>تعذّر حفظ الفاعل</translation>
    </message>
    <message>
        <source>Edit actor</source>
        <translation>تعديل الفاعل</translation>
    </message>
</context>
<context>
    <name>ActorSaid</name>
    <message>
        <source>undated</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>About… (words in the quote, its note or tags)</source>
        <translation>عن… (كلمات في الاقتباس أو ملاحظته أو وسومه)</translation>
    </message>
    <message>
        <source>Narrow what they said</source>
        <translation>تضييق ما قالوه</translation>
    </message>
    <message>
        <source>Double-click to open the document at this quote</source>
        <translation>انقر نقرًا مزدوجًا لفتح الوثيقة عند هذا الاقتباس</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>ما قالوه</translation>
    </message>
    <message>
        <source>The actor&apos;s quotes, oldest document first; Enter opens the document at the quote</source>
        <translation>اقتباسات الفاعل، الأقدم وثيقةً أولًا؛ مفتاح Enter يفتح الوثيقة عند الاقتباس</translation>
    </message>
    <message>
        <source>Reading what the actor said</source>
        <translation>قراءة ما قاله الفاعل</translation>
    </message>
    <message>
        <source>Nothing {name} said is about “{about}”.</source>
        <translation>لا شيء مما قاله {name} يتناول «{about}».</translation>
    </message>
    <message>
        <source>No quotes of {name} yet.</source>
        <translation>لا اقتباسات لـ{name} بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote of {name} about “{about}”</source>
        <translation>
            <numerusform>%n اقتباس لـ{name} عن «{about}»</numerusform>
            <numerusform>اقتباس واحد لـ{name} عن «{about}»</numerusform>
            <numerusform>اقتباسان لـ{name} عن «{about}»</numerusform>
            <numerusform>%n اقتباسات لـ{name} عن «{about}»</numerusform>
            <numerusform>%n اقتباسًا لـ{name} عن «{about}»</numerusform>
            <numerusform>%n اقتباس لـ{name} عن «{about}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes of {name} about “{about}”</source>
        <translation>
            <numerusform>%n اقتباس لـ{name} عن «{about}»</numerusform>
            <numerusform>اقتباس واحد لـ{name} عن «{about}»</numerusform>
            <numerusform>اقتباسان لـ{name} عن «{about}»</numerusform>
            <numerusform>%n اقتباسات لـ{name} عن «{about}»</numerusform>
            <numerusform>%n اقتباسًا لـ{name} عن «{about}»</numerusform>
            <numerusform>%n اقتباس لـ{name} عن «{about}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote of {name}</source>
        <translation>
            <numerusform>%n اقتباس لـ{name}</numerusform>
            <numerusform>اقتباس واحد لـ{name}</numerusform>
            <numerusform>اقتباسان لـ{name}</numerusform>
            <numerusform>%n اقتباسات لـ{name}</numerusform>
            <numerusform>%n اقتباسًا لـ{name}</numerusform>
            <numerusform>%n اقتباس لـ{name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes of {name}</source>
        <translation>
            <numerusform>%n اقتباس لـ{name}</numerusform>
            <numerusform>اقتباس واحد لـ{name}</numerusform>
            <numerusform>اقتباسان لـ{name}</numerusform>
            <numerusform>%n اقتباسات لـ{name}</numerusform>
            <numerusform>%n اقتباسًا لـ{name}</numerusform>
            <numerusform>%n اقتباس لـ{name}</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}, {years}</source>
        <translation>{summary}، {years}</translation>
    </message>
    <message>
        <source>{summary}, oldest first</source>
        <translation>{summary}، الأقدم أولًا</translation>
    </message>
</context>
<context>
    <name>ActorTree</name>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>{name} ({type})</source>
        <translation>{name} ({type})</translation>
    </message>
    <message>
        <source>named in {counts}</source>
        <translation>مذكور في {counts}</translation>
    </message>
</context>
<context>
    <name>ActorTypes</name>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>group</source>
        <translation>مجموعة</translation>
    </message>
</context>
<context>
    <name>ActorsPanel</name>
    <message>
        <source>People, organisations and places come with the articles you import: accept the names proposed in a document&apos;s Proposals tab, or link one in its Actors field.</source>
        <translation>يأتي الأشخاص والمنظمات والأماكن مع المقالات التي تستوردها: اقبل الأسماء المقترحة في تبويب «المقترحات» للوثيقة، أو اربط أحدها في حقل «الفاعلون».</translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation>دمج الفاعلين</translation>
    </message>
    <message>
        <source>Merge “{other}” into “{keep}”?</source>
        <translation>هل تريد دمج «{other}» في «{keep}»؟</translation>
    </message>
    <message>
        <source>“{other}” becomes an alias of “{keep}”, and its {records} move over, with its relations, identifiers and tags. Edit → Undo takes the merge back.</source>
        <translation>يصبح «{other}» اسمًا بديلًا لـ«{keep}»، وتنتقل {records} الخاصة به، مع علاقاته ومعرّفاته ووسومه. ويلغي «تحرير ← تراجع» الدمج.</translation>
    </message>
    <message>
        <source>“{other}” becomes an alias of “{keep}”, with its relations, identifiers and tags. Edit → Undo takes the merge back.</source>
        <translation>يصبح «{other}» اسمًا بديلًا لـ«{keep}»، مع علاقاته ومعرّفاته ووسومه. ويلغي «تحرير ← تراجع» الدمج.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>تصفية الفاعلين</translation>
    </message>
    <message>
        <source>Drag an actor onto another of its type to merge them</source>
        <translation>اسحب فاعلًا إلى آخر من نوعه لدمجهما</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>المكررات…</translation>
    </message>
    <message>
        <source>List actors that may be one, to merge them or say they differ</source>
        <translation>عرض الفاعلين الذين قد يكونون شخصًا واحدًا، لدمجهم أو تأكيد اختلافهم</translation>
    </message>
    <message>
        <source>No actors yet</source>
        <translation>لا فاعلين بعد</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <source>Counting actors</source>
        <translation>جارٍ عدّ الفاعلين</translation>
    </message>
    <message>
        <source>No actor by that name</source>
        <translation>لا فاعل بهذا الاسم</translation>
    </message>
    <message>
        <source>No actor&apos;s name contains “{text}”.</source>
        <translation>لا يحتوي اسم أي فاعل على «{text}».</translation>
    </message>
    <message>
        <source>Merge “{other}” into “{keep}”</source>
        <translation>دمج «{other}» في «{keep}»</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Could not open the catalogue</source>
        <translation>تعذّر فتح الفهرس</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>برنامج آخر</translation>
    </message>
    <message>
        <source>Opened read-only: the catalogue is in use by {holder}.</source>
        <translation>فُتح للقراءة فقط: الفهرس قيد الاستخدام لدى {holder}.</translation>
    </message>
    <message>
        <source>Adding the sample article</source>
        <translation>إضافة المقال النموذجي</translation>
    </message>
    <message>
        <source>Could not add the sample article</source>
        <translation>تعذّرت إضافة المقال النموذجي</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Open a catalogue folder</source>
        <translation>فتح مجلد فهرس</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new catalogue</source>
        <translation>اختر مجلدًا فارغًا للفهرس الجديد</translation>
    </message>
    <message>
        <source>Could not create the catalogue</source>
        <translation>تعذّر إنشاء الفهرس</translation>
    </message>
    <message>
        <source>Could not restore the backup; the catalogue is as it was</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية؛ بقي الفهرس على حاله</translation>
    </message>
    <message>
        <source>Restored {backup} (the catalogue as it was is kept as {kept}).</source>
        <translation>استُعيدت النسخة {backup} (وحُفظ الفهرس كما كان باسم {kept}).</translation>
    </message>
    <message>
        <source>Restored {backup} (there was no database to keep).</source>
        <translation>استُعيدت النسخة {backup} (لم تكن هناك قاعدة بيانات لحفظها).</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Your name in the history</source>
        <translation>اسمك في السجل التاريخي</translation>
    </message>
    <message>
        <source>Pressmark keeps the history of every record: who changed what, and when. Which name should your changes carry?</source>
        <translation>يحتفظ Pressmark بتاريخ كل سجل: من غيّر ماذا، ومتى. ما الاسم الذي تحمله تغييراتك؟</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>made with Back up now</source>
        <translation>أُنشئت بأمر «نسخ احتياطي الآن»</translation>
    </message>
    <message>
        <source>daily, automatic</source>
        <translation>يومية، تلقائية</translation>
    </message>
    <message>
        <source>before a schema upgrade</source>
        <translation>قبل ترقية المخطط</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <source>Restoring replaces the catalogue&apos;s records with the chosen backup. The catalogue is closed and reopened; its present state is backed up first, so a restore can itself be undone by restoring that backup. Original files stay; the search index is rebuilt; the undo history is cleared.</source>
        <translation>تستبدل الاستعادةُ سجلاتِ الفهرس بالنسخة الاحتياطية المختارة. يُغلق الفهرس ثم يُعاد فتحه؛ وتُنسخ حالته الحالية احتياطيًا أولًا، فيمكن التراجع عن الاستعادة نفسها باستعادة تلك النسخة. تبقى الملفات الأصلية؛ ويُعاد بناء فهرس البحث؛ ويُمحى سجل التراجع.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>No backups yet: use Tools → Back up now.</source>
        <translation>لا نسخ احتياطية بعد: استخدم أدوات ← نسخ احتياطي الآن.</translation>
    </message>
    <message>
        <source>Choose the backup to go back to:</source>
        <translation>اختر النسخة الاحتياطية التي تريد العودة إليها:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>BibliographyDialog</name>
    <message>
        <source>Plain text (.txt)</source>
        <translation>نص عادي (.txt)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>صفحة ويب (.html)</translation>
    </message>
    <message>
        <source>CSL-JSON for reference managers (.json)</source>
        <translation>CSL-JSON لبرامج إدارة المراجع (.json)</translation>
    </message>
    <message>
        <source>Export bibliography</source>
        <translation>تصدير قائمة المراجع</translation>
    </message>
    <message>
        <source>Documents tagged</source>
        <translation>الوثائق الموسومة بـ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>الأسلوب:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>حفظ باسم:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;أي الوثائق&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The selection in the list (%n record)</source>
        <translation>
            <numerusform>التحديد في القائمة (%n سجل)</numerusform>
            <numerusform>التحديد في القائمة (سجل واحد)</numerusform>
            <numerusform>التحديد في القائمة (سجلان)</numerusform>
            <numerusform>التحديد في القائمة (%n سجلات)</numerusform>
            <numerusform>التحديد في القائمة (%n سجلًا)</numerusform>
            <numerusform>التحديد في القائمة (%n سجل)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selection in the list (%n records)</source>
        <translation>
            <numerusform>التحديد في القائمة (%n سجل)</numerusform>
            <numerusform>التحديد في القائمة (سجل واحد)</numerusform>
            <numerusform>التحديد في القائمة (سجلان)</numerusform>
            <numerusform>التحديد في القائمة (%n سجلات)</numerusform>
            <numerusform>التحديد في القائمة (%n سجلًا)</numerusform>
            <numerusform>التحديد في القائمة (%n سجل)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleExport</name>
    <message numerus="yes">
        <source>%n selected record</source>
        <translation>
            <numerusform>%n سجل محدد</numerusform>
            <numerusform>سجل واحد محدد</numerusform>
            <numerusform>سجلان محددان</numerusform>
            <numerusform>%n سجلات محددة</numerusform>
            <numerusform>%n سجلًا محددًا</numerusform>
            <numerusform>%n سجل محدد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected records</source>
        <translation>
            <numerusform>%n سجل محدد</numerusform>
            <numerusform>سجل واحد محدد</numerusform>
            <numerusform>سجلان محددان</numerusform>
            <numerusform>%n سجلات محددة</numerusform>
            <numerusform>%n سجلًا محددًا</numerusform>
            <numerusform>%n سجل محدد</numerusform>
        </translation>
    </message>
    <message>
        <source>the whole catalogue</source>
        <translation>الفهرس كله</translation>
    </message>
    <message>
        <source>documents tagged “{value}”</source>
        <translation>الوثائق الموسومة بـ«{value}»</translation>
    </message>
    <message>
        <source>saved search “{value}”</source>
        <translation>البحث المحفوظ «{value}»</translation>
    </message>
    <message>
        <source>search “{value}”</source>
        <translation>البحث «{value}»</translation>
    </message>
    <message>
        <source>nothing to export: no document found for {scope}</source>
        <translation>لا شيء للتصدير: لم يُعثر على وثيقة في {scope}</translation>
    </message>
    <message>
        <source>Exporting a bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
</context>
<context>
    <name>BundleImport</name>
    <message>
        <source>Checking the bundle</source>
        <translation>فحص الحزمة</translation>
    </message>
    <message>
        <source>created {records}</source>
        <translation>أُنشئ: {records}</translation>
    </message>
    <message>
        <source>edited {records}</source>
        <translation>عُدّل: {records}</translation>
    </message>
    <message>
        <source>deleted {records}</source>
        <translation>حُذف: {records}</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Pressmark refused “{bundle}”. Nothing was imported.</source>
        <translation>رفض Pressmark الحزمة «{bundle}». لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <source>Bundles are checked completely before anything is imported: the zip&apos;s entries and sizes, every checksum of the BagIt bag, the records and their references, and every quote&apos;s position in its text. A bundle that fails any check may be damaged or crafted.</source>
        <translation>تُفحص الحزم فحصًا كاملًا قبل استيراد أي شيء: مدخلات ملف zip وأحجامها، وكل مجموع تحقق في حقيبة BagIt، والسجلات ومراجعها، وموضع كل اقتباس في نصه. والحزمة التي تُخفق في أي فحص قد تكون تالفة أو مصنوعة عمدًا.</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>لا تغيير</translation>
    </message>
    <message>
        <source>{summary} Catalogue: {changes}.</source>
        <translation>{summary} الفهرس: {changes}.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Imported {bundle}</source>
        <translation>استُورد {bundle}</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>the catalogue&apos;s database may not be opened ({detail}): check the folder&apos;s permissions</source>
        <translation>لا يُسمح بفتح قاعدة بيانات الفهرس ({detail}): تحقّق من أذونات المجلد</translation>
    </message>
    <message>
        <source>the catalogue&apos;s database is busy ({detail}): another program is writing to it; try again when it has finished</source>
        <translation>قاعدة بيانات الفهرس مشغولة ({detail}): برنامج آخر يكتب فيها؛ أعد المحاولة حين ينتهي</translation>
    </message>
    <message>
        <source>the catalogue&apos;s database is busy ({detail}): try again when the other step has finished</source>
        <translation>قاعدة بيانات الفهرس مشغولة ({detail}): أعد المحاولة حين تنتهي الخطوة الأخرى</translation>
    </message>
    <message>
        <source>the catalogue&apos;s database cannot be written ({detail}): check that the file and its folder are writable</source>
        <translation>تتعذّر الكتابة في قاعدة بيانات الفهرس ({detail}): تحقّق من أن الملف ومجلده يقبلان الكتابة</translation>
    </message>
    <message>
        <source>the disk could not read or write the catalogue&apos;s database ({detail}): check the disk, then run {check}</source>
        <translation>تعذّر على القرص قراءة قاعدة بيانات الفهرس أو الكتابة فيها ({detail}): افحص القرص، ثم استخدم {check}</translation>
    </message>
    <message>
        <source>the catalogue&apos;s database is damaged ({detail}): run {check}, or {restore} to go back to the newest backup</source>
        <translation>قاعدة بيانات الفهرس تالفة ({detail}): استخدم {check}، أو {restore} للعودة إلى أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>the disk holding the catalogue is full ({detail}): free some space and try again; the failed step saved nothing</source>
        <translation>القرص الذي يحمل الفهرس ممتلئ ({detail}): أفرغ بعض المساحة وأعد المحاولة؛ لم تحفظ الخطوة التي أخفقت شيئًا</translation>
    </message>
    <message>
        <source>the catalogue&apos;s database cannot be opened ({detail}): check that the catalogue folder is there and readable</source>
        <translation>يتعذّر فتح قاعدة بيانات الفهرس ({detail}): تحقّق من أن مجلد الفهرس موجود ويمكن قراءته</translation>
    </message>
    <message>
        <source>the catalogue&apos;s database refused this step ({detail}); the step saved nothing: run {check} if it happens again</source>
        <translation>رفضت قاعدة بيانات الفهرس هذه الخطوة ({detail})؛ لم تحفظ الخطوة شيئًا: استخدم {check} إن تكرّر ذلك</translation>
    </message>
    <message>
        <source>the file name “{name}” is too long for this file system: choose a shorter name</source>
        <translation>اسم الملف «{name}» أطول مما يسمح به نظام الملفات هذا: اختر اسمًا أقصر</translation>
    </message>
    <message>
        <source>the disk is full (writing {path}): free some space and try again</source>
        <translation>القرص ممتلئ (أثناء كتابة {path}): أفرغ بعض المساحة وأعد المحاولة</translation>
    </message>
    <message>
        <source>{path}: permission denied: check the permissions of the file and its folder</source>
        <translation>{path}: الإذن مرفوض: تحقّق من أذونات الملف ومجلده</translation>
    </message>
    <message>
        <source>{path}: the operation is not permitted: check the permissions of the file and its folder</source>
        <translation>{path}: العملية غير مسموح بها: تحقّق من أذونات الملف ومجلده</translation>
    </message>
    <message>
        <source>{path}: the disk is read-only: choose a writable place</source>
        <translation>{path}: القرص للقراءة فقط: اختر مكانًا يقبل الكتابة</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}: لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>{path}: a file is in the way (it exists already): move it elsewhere and try again</source>
        <translation>{path}: ملف موجود من قبل يعترض الطريق: انقله إلى مكان آخر وأعد المحاولة</translation>
    </message>
    <message>
        <source>{path}: a file is where a folder should be: move it elsewhere and try again</source>
        <translation>{path}: يوجد ملف حيث ينبغي أن يكون مجلد: انقله إلى مكان آخر وأعد المحاولة</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>{path}: the disk could not read or write it (input/output error): check the disk</source>
        <translation>{path}: تعذّر على القرص قراءته أو الكتابة فيه (خطأ في الإدخال والإخراج): افحص القرص</translation>
    </message>
    <message>
        <source>too many files are open at once: close some programs and try again</source>
        <translation>ملفات كثيرة جدًا مفتوحة في آن واحد: أغلق بعض البرامج وأعد المحاولة</translation>
    </message>
    <message>
        <source>the records are nested too deeply to process (such as tags hundreds of levels deep): make the nesting shallower and try again; the step saved nothing</source>
        <translation>السجلات متداخلة إلى عمق تتعذّر معه معالجتها (كوسوم متداخلة مئات المستويات): قلّل عمق التداخل وأعد المحاولة؛ لم تحفظ الخطوة شيئًا</translation>
    </message>
    <message>
        <source>the text is not valid {encoding} (byte {byte} at position {position} cannot be read): save the file as UTF-8 and try again</source>
        <translation>النص ليس بترميز {encoding} صالح (تتعذّر قراءة البايت {byte} في الموضع {position}): احفظ الملف بترميز UTF-8 وأعد المحاولة</translation>
    </message>
    <message>
        <source>{file}: the text is not valid {encoding} (byte {byte} at position {position} cannot be read): save the file as UTF-8 and try again</source>
        <translation>{file}: النص ليس بترميز {encoding} صالح (تتعذّر قراءة البايت {byte} في الموضع {position}): احفظ الملف بترميز UTF-8 وأعد المحاولة</translation>
    </message>
    <message>
        <source>“{text}” contains characters that cannot be stored as text (such as a file name in an unknown encoding): rename it and try again</source>
        <translation>«{text}» يحوي محارف لا يمكن حفظها نصًا (كاسم ملف بترميز غير معروف): غيّر اسمه وأعد المحاولة</translation>
    </message>
    <message>
        <source>database: {line}</source>
        <translation>قاعدة البيانات: {line}</translation>
    </message>
    <message>
        <source>broken link in table {table} (row {row})</source>
        <translation>رابط مقطوع في الجدول {table} (الصف {row})</translation>
    </message>
    <message>
        <source>quote text no longer in its document; cannot re-anchor</source>
        <translation>نص الاقتباس لم يعد في وثيقته؛ تتعذّر إعادة تثبيته</translation>
    </message>
    <message>
        <source>mark the quote again in the document&apos;s text, or delete it</source>
        <translation>حدّد الاقتباس من جديد في نص الوثيقة، أو احذفه</translation>
    </message>
    <message>
        <source>quote moved from {old} to {new}</source>
        <translation>انتقل الاقتباس من الموضع {old} إلى الموضع {new}</translation>
    </message>
    <message>
        <source>original file “{file}” is missing ({where})</source>
        <translation>الملف الأصلي «{file}» مفقود ({where})</translation>
    </message>
    <message>
        <source>original file “{file}” is not a plain file ({where})</source>
        <translation>الملف الأصلي «{file}» ليس ملفًا عاديًا ({where})</translation>
    </message>
    <message>
        <source>original file “{file}” cannot be read ({where}: {reason})</source>
        <translation>تتعذّر قراءة الملف الأصلي «{file}» ({where}: {reason})</translation>
    </message>
    <message>
        <source>original file “{file}” was altered: its checksum differs ({where})</source>
        <translation>الملف الأصلي «{file}» عُدّل: مجموع التحقق الخاص به مختلف ({where})</translation>
    </message>
    <message>
        <source>repairing cannot bring an original back: copy the source file it was imported from, or the same file from a copy of the catalogue folder, to {where}</source>
        <translation>لا يستطيع الإصلاح إعادة ملف أصلي: انسخ الملف المصدر الذي استُورد منه، أو الملف نفسه من نسخة من مجلد الفهرس، إلى {where}</translation>
    </message>
    <message>
        <source>repairing cannot mend the database file, and the catalogue has no backup: put back a copy of its folder</source>
        <translation>لا يستطيع الإصلاح ترميم ملف قاعدة البيانات، وليست للفهرس نسخة احتياطية: أعِد نسخة من مجلده</translation>
    </message>
    <message>
        <source>revision chain: the {kind} has no current revision</source>
        <translation>سلسلة المراجعات: لا مراجعة حالية لهذا السجل ({kind})</translation>
    </message>
    <message>
        <source>revision chain: the {kind}&apos;s current revision {revision} is not in its history</source>
        <translation>سلسلة المراجعات: المراجعة الحالية {revision} لهذا السجل ({kind}) غير موجودة في سجل تغييراته</translation>
    </message>
    <message>
        <source>revision chain: revision {revision} of the {kind} names a parent {parent} that is not in the history</source>
        <translation>سلسلة المراجعات: المراجعة {revision} لهذا السجل ({kind}) تشير إلى مراجعة سابقة {parent} غير موجودة في سجل التغييرات</translation>
    </message>
    <message>
        <source>revision chain: revision {revision} of the {kind} names a second parent (the merged version) {parent} that is not in the history</source>
        <translation>سلسلة المراجعات: المراجعة {revision} لهذا السجل ({kind}) تشير إلى مراجعة سابقة ثانية (النسخة المدمجة) {parent} غير موجودة في سجل التغييرات</translation>
    </message>
    <message>
        <source>the search index was made by another version of Pressmark</source>
        <translation>فهرس البحث من صنع إصدار آخر من Pressmark</translation>
    </message>
    <message>
        <source>the search index is missing</source>
        <translation>فهرس البحث مفقود</translation>
    </message>
    <message>
        <source>the search index is damaged ({reason})</source>
        <translation>فهرس البحث تالف ({reason})</translation>
    </message>
    <message>
        <source>the search index is behind the catalogue</source>
        <translation>فهرس البحث لم يلحق بعد بآخر تغييرات الفهرس</translation>
    </message>
    <message>
        <source>the search index holds {actual} records, the catalogue {expected}</source>
        <translation>عدد السجلات في فهرس البحث {actual}، وفي الفهرس {expected}</translation>
    </message>
    <message>
        <source>the search index could not be updated ({reason}); it will be rebuilt</source>
        <translation>تعذّر تحديث فهرس البحث ({reason})؛ سيُعاد بناؤه</translation>
    </message>
    <message>
        <source>the statements file is {reason}</source>
        <translation>ملف التصريحات {reason}</translation>
    </message>
    <message>
        <source>the statements file is damaged ({reason})</source>
        <translation>ملف التصريحات تالف ({reason})</translation>
    </message>
    <message>
        <source>cannot be opened ({reason})</source>
        <translation>يتعذّر فتحه ({reason})</translation>
    </message>
    <message>
        <source>damaged ({reason})</source>
        <translation>تالف ({reason})</translation>
    </message>
    <message>
        <source>made by another version of Pressmark</source>
        <translation>من صنع إصدار آخر من Pressmark</translation>
    </message>
    <message>
        <source>damaged (it records no catalogue state)</source>
        <translation>تالف (لا يسجّل حالة الفهرس)</translation>
    </message>
    <message>
        <source>theirs is a version this catalogue had: yours is newer</source>
        <translation>نسختهم نسخة سبق أن عرفها هذا الفهرس: نسختك أحدث</translation>
    </message>
    <message>
        <source>a record merged with its shared history is kept once</source>
        <translation>السجل المدمج بتاريخه المشترك يُحفظ مرة واحدة</translation>
    </message>
    <message>
        <source>their {fields} not taken: it is in your trash</source>
        <translation>لم يُؤخذ من نسختهم: {fields}، فالسجل في سلة المهملات لديك</translation>
    </message>
    <message>
        <source>took their {fields}</source>
        <translation>أُخذ من نسختهم: {fields}</translation>
    </message>
    <message>
        <source>took their changes: {fields}</source>
        <translation>أُخذت تغييراتهم: {fields}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}؛ {second}</translation>
    </message>
    <message>
        <source>a tag cannot be kept twice: kept mine</source>
        <translation>لا يمكن الإبقاء على الوسم مرتين: أُبقيت نسختي</translation>
    </message>
    <message>
        <source>could not move it there: kept its place</source>
        <translation>تعذّر نقله إلى هناك: بقي في مكانه</translation>
    </message>
    <message>
        <source>its sub-tags here would lie more than {depth} levels deep there: kept its place</source>
        <translation>ستقع وسومه الفرعية هنا هناك على عمق يتجاوز الحد الأقصى ({depth}) من المستويات: بقي في مكانه</translation>
    </message>
    <message>
        <source>the texts differ, so both were kept</source>
        <translation>النصان مختلفان، فأُبقي على كليهما</translation>
    </message>
    <message>
        <source>its quotes are placed in your text where their words are found</source>
        <translation>توضع اقتباساته في نصك حيث توجد كلماتها</translation>
    </message>
    <message>
        <source>its words are not in your copy of the document</source>
        <translation>كلماته غير موجودة في نسختك من الوثيقة</translation>
    </message>
    <message>
        <source>{path}: no Pressmark catalogue here</source>
        <translation>{path}: لا يوجد فهرس Pressmark هنا</translation>
    </message>
    <message>
        <source>{path}: is a file, not a catalogue folder</source>
        <translation>{path}: ملف وليس مجلد فهرس</translation>
    </message>
    <message>
        <source>{path}: cannot create the catalogue: {reason}</source>
        <translation>{path}: يتعذّر إنشاء الفهرس: {reason}</translation>
    </message>
    <message>
        <source>{path}: the catalogue is in use by {holder}</source>
        <translation>{path}: الفهرس قيد الاستخدام لدى {holder}</translation>
    </message>
    <message>
        <source>{path}: made by a newer Pressmark (schema {revision}); upgrade Pressmark</source>
        <translation>{path}: أنشأه إصدار أحدث من Pressmark (المخطط {revision})؛ حدّث Pressmark</translation>
    </message>
    <message>
        <source>{path}: needs a schema upgrade, which a read-only open cannot do</source>
        <translation>{path}: يحتاج إلى ترقية المخطط، ولا يمكن ذلك عند الفتح للقراءة فقط</translation>
    </message>
    <message>
        <source>{path}: cannot open the database: {reason}</source>
        <translation>{path}: يتعذّر فتح قاعدة البيانات: {reason}</translation>
    </message>
    <message>
        <source>{path}: the catalogue is damaged: {why}; nothing was changed; to put back its newest backup, run: {command}</source>
        <translation>{path}: الفهرس تالف: {why}؛ لم يتغيّر شيء؛ لإعادة أحدث نسخة احتياطية منه، نفّذ: {command}</translation>
    </message>
    <message>
        <source>{path}: the catalogue is damaged: {why}; nothing was changed; it has no backup to restore: put back a copy of the folder, or choose another folder for a new catalogue</source>
        <translation>{path}: الفهرس تالف: {why}؛ لم يتغيّر شيء؛ وليست له نسخة احتياطية تُستعاد: أعِد نسخة من المجلد، أو اختر مجلدًا آخر لفهرس جديد</translation>
    </message>
    <message>
        <source>its database {name} cannot be read ({reason})</source>
        <translation>تتعذّر قراءة قاعدة بياناته {name} ({reason})</translation>
    </message>
    <message>
        <source>its database {name} is a symbolic link, which Pressmark does not follow</source>
        <translation>قاعدة بياناته {name} رابط رمزي لا يتبعه Pressmark</translation>
    </message>
    <message>
        <source>its database {name} is not a file</source>
        <translation>قاعدة بياناته {name} ليست ملفًا</translation>
    </message>
    <message>
        <source>{name} is a symbolic link, which Pressmark does not follow; remove it</source>
        <translation>{name} رابط رمزي لا يتبعه Pressmark؛ احذفه</translation>
    </message>
    <message>
        <source>its database {name} is not an SQLite database</source>
        <translation>قاعدة بياناته {name} ليست قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>its database {name} is truncated (shorter than its header says)</source>
        <translation>قاعدة بياناته {name} مبتورة (أقصر مما تذكره ترويستها)</translation>
    </message>
    <message>
        <source>its database {name} is not a Pressmark database (another program&apos;s tables)</source>
        <translation>قاعدة بياناته {name} ليست قاعدة بيانات Pressmark (جداولها لبرنامج آخر)</translation>
    </message>
    <message>
        <source>its database {name} is missing</source>
        <translation>قاعدة بياناته {name} مفقودة</translation>
    </message>
    <message>
        <source>its database {name} is empty</source>
        <translation>قاعدة بياناته {name} فارغة</translation>
    </message>
    <message>
        <source>its database {name} holds no tables</source>
        <translation>قاعدة بياناته {name} لا تحوي أي جدول</translation>
    </message>
    <message>
        <source>{path}: is a file, not a folder: choose an empty folder for the new catalogue</source>
        <translation>{path}: ملف وليس مجلدًا: اختر مجلدًا فارغًا للفهرس الجديد</translation>
    </message>
    <message>
        <source>{path} already holds files ({files}) and is not a catalogue: a new catalogue needs an empty folder of its own; create one (for example inside this folder) and choose it</source>
        <translation>{path} يحوي ملفات من قبل ({files}) وليس فهرسًا: يحتاج الفهرس الجديد إلى مجلد فارغ خاص به؛ أنشئ مجلدًا (داخل هذا المجلد مثلًا) واختره</translation>
    </message>
    <message>
        <source>{files} and {more} more</source>
        <translation>{files} و{more} غيرها</translation>
    </message>
    <message>
        <source>{path}: nothing was saved: {reason}</source>
        <translation>{path}: لم يُحفظ شيء: {reason}</translation>
    </message>
    <message>
        <source>{path}: nothing was saved: the original files could not be stored: {reason}</source>
        <translation>{path}: لم يُحفظ شيء: تعذّر تخزين الملفات الأصلية: {reason}</translation>
    </message>
    <message>
        <source>the disk is full (free some space and try again)</source>
        <translation>القرص ممتلئ (أفرغ بعض المساحة وأعد المحاولة)</translation>
    </message>
    <message>
        <source>the catalogue folder is read-only</source>
        <translation>مجلد الفهرس للقراءة فقط</translation>
    </message>
    <message>
        <source>the catalogue is busy in another program; try again</source>
        <translation>الفهرس مشغول في برنامج آخر؛ أعد المحاولة</translation>
    </message>
    <message>
        <source>{path}: opened read-only</source>
        <translation>{path}: فُتح للقراءة فقط</translation>
    </message>
    <message>
        <source>{path}: opened read-only because it is in use by {holder}</source>
        <translation>{path}: فُتح للقراءة فقط لأنه قيد الاستخدام لدى {holder}</translation>
    </message>
    <message>
        <source>{opened}; {what}</source>
        <translation>{opened}؛ {what}</translation>
    </message>
    <message>
        <source>saved searches cannot change</source>
        <translation>لا يمكن تغيير عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <source>the statements file cannot be rebuilt</source>
        <translation>لا يمكن إعادة بناء ملف التصريحات</translation>
    </message>
    <message>
        <source>{path}: opened read-only; the index cannot be rebuilt here</source>
        <translation>{path}: فُتح للقراءة فقط؛ لا يمكن إعادة بناء فهرس البحث هنا</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>لا شيء للتراجع عنه.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>لا شيء لإعادته.</translation>
    </message>
    <message>
        <source>“{label}” cannot be undone: {reason}</source>
        <translation>يتعذّر التراجع عن «{label}»: {reason}</translation>
    </message>
    <message>
        <source>the {kind} {record} was changed since</source>
        <translation>تغيّر السجل ({kind}) {record} بعد ذلك</translation>
    </message>
    <message>
        <source>the {kind} {record} was changed since by “{label}” ({author})</source>
        <translation>تغيّر السجل ({kind}) {record} بعد ذلك بـ«{label}» ({author})</translation>
    </message>
    <message>
        <source>that version cannot be restored: {reason}</source>
        <translation>تتعذّر استعادة تلك النسخة: {reason}</translation>
    </message>
    <message>
        <source>the record {record} has no revision {revision} this catalogue can rebuild</source>
        <translation>ليست للسجل {record} مراجعة {revision} يستطيع هذا الفهرس إعادة بنائها</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use 2023-05-06 or 2023-05-06T20:55)</source>
        <translation>«{value}» ليس تاريخًا (استخدم 2023-05-06 أو 2023-05-06T20:55)</translation>
    </message>
    <message>
        <source>a page kind is one of {kinds}, not {value}</source>
        <translation>نوع الصفحة واحد من {kinds}، وليس {value}</translation>
    </message>
    <message>
        <source>no {kind} with id “{ref}”</source>
        <translation>لا يوجد سجل ({kind}) بالمعرّف «{ref}»</translation>
    </message>
    <message>
        <source>no record with id “{ref}”</source>
        <translation>لا يوجد سجل بالمعرّف «{ref}»</translation>
    </message>
    <message>
        <source>an actor&apos;s name is empty</source>
        <translation>اسم الفاعل فارغ</translation>
    </message>
    <message>
        <source>an alias is empty</source>
        <translation>الاسم البديل فارغ</translation>
    </message>
    <message>
        <source>an actor&apos;s name is longer than {most} characters ({length}): shorten it</source>
        <translation>عدد أحرف اسم الفاعل ({length}) يتجاوز الحد الأقصى ({most}): اختصره</translation>
    </message>
    <message>
        <source>an alias is longer than {most} characters ({length}): shorten it</source>
        <translation>عدد أحرف الاسم البديل ({length}) يتجاوز الحد الأقصى ({most}): اختصره</translation>
    </message>
    <message>
        <source>an actor “{name}” ({type}) exists already: {uuid}</source>
        <translation>الفاعل «{name}» ({type}) موجود من قبل: {uuid}</translation>
    </message>
    <message>
        <source>no actor named or with id “{name}”</source>
        <translation>لا فاعل بالاسم أو المعرّف «{name}»</translation>
    </message>
    <message>
        <source>a relation needs a name, such as “fellow of”</source>
        <translation>تحتاج العلاقة إلى اسم، مثل «زميل في»</translation>
    </message>
    <message>
        <source>a relation&apos;s name is longer than {most} characters: shorten it</source>
        <translation>اسم العلاقة أطول من الحد الأقصى ({most} من الأحرف): اختصره</translation>
    </message>
    <message>
        <source>an actor cannot be related to itself</source>
        <translation>لا يمكن أن يرتبط الفاعل بعلاقة مع نفسه</translation>
    </message>
    <message>
        <source>“{name}” cannot be “{relation}” itself</source>
        <translation>لا يمكن أن يكون «{name}» «{relation}» نفسه</translation>
    </message>
    <message>
        <source>an actor cannot be different from itself</source>
        <translation>لا يمكن أن يختلف الفاعل عن نفسه</translation>
    </message>
    <message>
        <source>an actor cannot be merged with itself</source>
        <translation>لا يمكن دمج الفاعل في نفسه</translation>
    </message>
    <message>
        <source>“{subject}” is not “{relation}” “{object}”</source>
        <translation>«{subject}» ليس «{relation}» «{object}»</translation>
    </message>
    <message>
        <source>the identifier “{value}” needs a scheme, such as wikidata or viaf</source>
        <translation>يحتاج المعرّف «{value}» إلى مخطط، مثل wikidata أو viaf</translation>
    </message>
    <message>
        <source>“{scheme}” is not an identifier scheme: use letters, digits and - . _ (at most {most} characters)</source>
        <translation>«{scheme}» ليس مخطط معرّفات: استخدم الحروف والأرقام و- . _ (بحد أقصى {most} من الأحرف)</translation>
    </message>
    <message>
        <source>the {scheme} identifier is empty</source>
        <translation>معرّف {scheme} فارغ</translation>
    </message>
    <message>
        <source>the {scheme} identifier is longer than {most} characters</source>
        <translation>معرّف {scheme} أطول من الحد الأقصى ({most} من الأحرف)</translation>
    </message>
    <message>
        <source>“{value}” is not a Wikidata id: Q and digits, such as Q42</source>
        <translation>«{value}» ليس معرّف Wikidata: الحرف Q تليه أرقام، مثل Q42</translation>
    </message>
    <message>
        <source>“{value}” is not a VIAF id: digits only, such as 113230702</source>
        <translation>«{value}» ليس معرّف VIAF: أرقام فقط، مثل 113230702</translation>
    </message>
    <message>
        <source>“{value}” is not an {name}: 16 characters, such as {example}</source>
        <translation>«{value}» ليس معرّف {name}: يتألف من 16 محرفًا، مثل {example}</translation>
    </message>
    <message>
        <source>“{value}” is not an {name}: its last character does not check (a digit mistyped?)</source>
        <translation>«{value}» ليس معرّف {name}: محرفه الأخير لا يطابق رقم التحقق (هل أُخطئ في كتابة رقم؟)</translation>
    </message>
    <message>
        <source>“{value}” is not a web address: it starts with https:// or http://</source>
        <translation>«{value}» ليس عنوان ويب: يبدأ العنوان بـ https:// أو http://</translation>
    </message>
    <message>
        <source>“{path}” is not a tag path (like Afghanistan/Opposition)</source>
        <translation>«{path}» ليس مسار وسم (مثل أفغانستان/المعارضة)</translation>
    </message>
    <message>
        <source>a tag name is longer than 200 characters</source>
        <translation>اسم الوسم أطول من 200 حرف</translation>
    </message>
    <message>
        <source>no tag “{path}”</source>
        <translation>لا يوجد وسم «{path}»</translation>
    </message>
    <message>
        <source>“{path}” would put a tag {levels} levels deep; tags can be at most {most} levels deep: use a shorter path</source>
        <translation>«{path}» سيضع وسمًا على عمق {levels} من المستويات، ولا يتجاوز عمق الوسوم {most} من المستويات: استخدم مسارًا أقصر</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour like #c0392b</source>
        <translation>«{colour}» ليس لونًا مثل #c0392b</translation>
    </message>
    <message>
        <source>a tag “{path}” exists already: merge the tags instead</source>
        <translation>الوسم «{path}» موجود من قبل: ادمج الوسمين بدلًا من ذلك</translation>
    </message>
    <message>
        <source>cannot move “{path}” inside itself</source>
        <translation>لا يمكن نقل «{path}» إلى داخل نفسه</translation>
    </message>
    <message>
        <source>a tag cannot be merged into itself</source>
        <translation>لا يمكن دمج الوسم في نفسه</translation>
    </message>
    <message>
        <source>cannot merge “{path}” into its own sub-tag</source>
        <translation>لا يمكن دمج «{path}» في أحد وسومه الفرعية</translation>
    </message>
    <message>
        <source>the quote is empty</source>
        <translation>الاقتباس فارغ</translation>
    </message>
    <message>
        <source>quote offsets {start}–{end} are outside the text (0–{length})</source>
        <translation>موضعا الاقتباس {start}–{end} خارج النص (0–{length})</translation>
    </message>
    <message>
        <source>the document&apos;s text changed since this quote was proposed</source>
        <translation>تغيّر نص الوثيقة منذ اقتراح هذا الاقتباس</translation>
    </message>
    <message>
        <source>the quote has {words} words: a statement to trace needs at least {least}</source>
        <translation>عدد كلمات الاقتباس {words}: يحتاج تتبّع التصريح إلى ما لا يقل عن {least} من الكلمات</translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation>يحتاج البحث المحفوظ إلى اسم</translation>
    </message>
    <message>
        <source>no saved search “{name}”</source>
        <translation>لا يوجد بحث محفوظ باسم «{name}»</translation>
    </message>
    <message>
        <source>the search is empty</source>
        <translation>البحث فارغ</translation>
    </message>
    <message>
        <source>the search is longer than {most} characters</source>
        <translation>البحث أطول من الحد الأقصى ({most} من الأحرف)</translation>
    </message>
    <message>
        <source>“{name}:” is not a field; use one of {fields}</source>
        <translation>«{name}:» ليس حقلًا؛ استخدم أحد هذه الحقول: {fields}</translation>
    </message>
    <message>
        <source>the “{char}” at character {at} closes nothing: remove it</source>
        <translation>«{char}» عند المحرف {at} لا يُغلق شيئًا: احذفه</translation>
    </message>
    <message>
        <source>the phrase opened by the quotation mark at character {at} is never closed: add a closing &quot;</source>
        <translation>العبارة التي تفتحها علامة التنصيص عند المحرف {at} لا تُغلق: أضف &quot; لإغلاقها</translation>
    </message>
    <message>
        <source>the “{char}” at character {at} is never closed: add “{closing}” or remove it</source>
        <translation>«{char}» عند المحرف {at} لا يُغلق: أضف «{closing}» أو احذفه</translation>
    </message>
    <message>
        <source>“{name}:” at character {at} has nothing after it: write what to look for, such as {name}:harbour</source>
        <translation>لا شيء بعد «{name}:» عند المحرف {at}: اكتب ما تبحث عنه، مثل {name}:harbour</translation>
    </message>
    <message>
        <source>“{date}” at character {at} is not a date ({reason}): write dates as 2024-03-14</source>
        <translation>«{date}» عند المحرف {at} ليس تاريخًا ({reason}): اكتب التواريخ هكذا 2024-03-14</translation>
    </message>
    <message>
        <source>“{date}” at character {at} is not a date: {how}</source>
        <translation>«{date}» عند المحرف {at} ليس تاريخًا: {how}</translation>
    </message>
    <message>
        <source>“{date}” at character {at} is not a date ({reason}): {how}</source>
        <translation>«{date}» عند المحرف {at} ليس تاريخًا ({reason}): {how}</translation>
    </message>
    <message>
        <source>write dates as 2024-03-14, 2024-03 or 2024, or a range as date:[2024-01-01 to 2024-06-30]</source>
        <translation>اكتب التواريخ هكذا 2024-03-14 أو 2024-03 أو 2024، والنطاق هكذا date:[2024-01-01 to 2024-06-30]</translation>
    </message>
    <message>
        <source>month must be in 1..12</source>
        <translation>يجب أن يكون الشهر من 1 إلى 12</translation>
    </message>
    <message>
        <source>day is out of range for month</source>
        <translation>اليوم خارج أيام الشهر</translation>
    </message>
    <message>
        <source>cannot read the search “{search}”: {reason}</source>
        <translation>تتعذّر قراءة البحث «{search}»: {reason}</translation>
    </message>
    <message>
        <source>the search “{search}” could not run: {reason}</source>
        <translation>تعذّر تنفيذ البحث «{search}»: {reason}</translation>
    </message>
    <message>
        <source>{path}: the search index is not available: {problem}</source>
        <translation>{path}: فهرس البحث غير متاح: {problem}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation>تعديل الوثيقة</translation>
    </message>
    <message>
        <source>Create quote</source>
        <translation>إنشاء اقتباس</translation>
    </message>
    <message>
        <source>Edit quote</source>
        <translation>تعديل الاقتباس</translation>
    </message>
    <message>
        <source>Edit actor</source>
        <translation>تعديل الفاعل</translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>قبول اقتراح</translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation>رفض اقتراح</translation>
    </message>
    <message>
        <source>Restore proposal</source>
        <translation>استعادة اقتراح</translation>
    </message>
    <message>
        <source>Accept all proposals</source>
        <translation>قبول كل المقترحات</translation>
    </message>
    <message>
        <source>Accept all {group}</source>
        <translation>قبول كل مقترحات {group}</translation>
    </message>
    <message>
        <source>Reject proposals</source>
        <translation>رفض المقترحات</translation>
    </message>
    <message>
        <source>Reject {group}</source>
        <translation>رفض مقترحات {group}</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>إفراغ سلة المهملات</translation>
    </message>
    <message>
        <source>Re-anchor quotes</source>
        <translation>إعادة تثبيت الاقتباسات</translation>
    </message>
    <message>
        <source>Repair revision chain</source>
        <translation>إصلاح سلسلة المراجعات</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>استيراد {name}</translation>
    </message>
    <message>
        <source>Import bundle {name}</source>
        <translation>استيراد الحزمة {name}</translation>
    </message>
    <message>
        <source>Add actor {name}</source>
        <translation>إضافة الفاعل {name}</translation>
    </message>
    <message>
        <source>Link {actor} ({role})</source>
        <translation>ربط {actor} ({role})</translation>
    </message>
    <message>
        <source>Unlink {actor}</source>
        <translation>فك ربط {actor}</translation>
    </message>
    <message>
        <source>Relate {subject} – {relation}</source>
        <translation>إضافة علاقة: {subject} – {relation}</translation>
    </message>
    <message>
        <source>Unrelate {subject} – {relation}</source>
        <translation>إزالة علاقة: {subject} – {relation}</translation>
    </message>
    <message>
        <source>Mark “{first}” as different from “{second}”</source>
        <translation>تأكيد اختلاف «{first}» عن «{second}»</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”</source>
        <translation>دمج «{source}» في «{target}»</translation>
    </message>
    <message>
        <source>Save search {name}</source>
        <translation>حفظ البحث {name}</translation>
    </message>
    <message>
        <source>Delete saved search {name}</source>
        <translation>حذف البحث المحفوظ {name}</translation>
    </message>
    <message>
        <source>Add tag {path}</source>
        <translation>إضافة الوسم {path}</translation>
    </message>
    <message>
        <source>Tag 1 record {path}</source>
        <translation>وسم سجل واحد بـ{path}</translation>
    </message>
    <message>
        <source>Tag {count} records {path}</source>
        <translation>وسم {count} من السجلات بـ{path}</translation>
    </message>
    <message>
        <source>Untag 1 record {path}</source>
        <translation>إزالة الوسم {path} عن سجل واحد</translation>
    </message>
    <message>
        <source>Untag {count} records {path}</source>
        <translation>إزالة الوسم {path} عن {count} من السجلات</translation>
    </message>
    <message>
        <source>Rename tag {path}</source>
        <translation>إعادة تسمية الوسم {path}</translation>
    </message>
    <message>
        <source>Merge tag {source} into {target}</source>
        <translation>دمج الوسم {source} في {target}</translation>
    </message>
    <message>
        <source>Delete tag {path}</source>
        <translation>حذف الوسم {path}</translation>
    </message>
    <message>
        <source>Delete 1 record</source>
        <translation>حذف سجل واحد</translation>
    </message>
    <message>
        <source>Delete {count} records</source>
        <translation>حذف {count} من السجلات</translation>
    </message>
    <message>
        <source>Restore 1 record</source>
        <translation>استعادة سجل واحد</translation>
    </message>
    <message>
        <source>Restore {count} records</source>
        <translation>استعادة {count} من السجلات</translation>
    </message>
    <message>
        <source>Undo {label}</source>
        <translation>التراجع عن {label}</translation>
    </message>
    <message>
        <source>Restore the version of {when}</source>
        <translation>استعادة نسخة {when}</translation>
    </message>
    <message>
        <source>Restore an earlier version</source>
        <translation>استعادة نسخة سابقة</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>الفهرسة</translation>
    </message>
    <message>
        <source>Writing the index</source>
        <translation>كتابة فهرس البحث</translation>
    </message>
    <message>
        <source>Index rebuilt</source>
        <translation>أُعيد بناء فهرس البحث</translation>
    </message>
    <message>
        <source>failed: {count} links or special files in the folders</source>
        <translation>تعذّر: {count} من الروابط أو الملفات الخاصة في المجلدات</translation>
    </message>
    <message>
        <source>Indexing {count} records for search</source>
        <translation>إدخال {count} من السجلات في فهرس البحث</translation>
    </message>
    <message>
        <source>{name}: entry {done} of {total}</source>
        <translation>{name}: المدخل {done} من {total}</translation>
    </message>
    <message>
        <source>{status}: {label}</source>
        <translation>{status}: {label}</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>فك الضغط</translation>
    </message>
    <message>
        <source>Checking checksums</source>
        <translation>فحص مجاميع التحقق</translation>
    </message>
    <message>
        <source>Reading records</source>
        <translation>قراءة السجلات</translation>
    </message>
    <message>
        <source>Checking originals</source>
        <translation>فحص الملفات الأصلية</translation>
    </message>
    <message>
        <source>Checking the other formats</source>
        <translation>فحص الصيغ الأخرى</translation>
    </message>
    <message>
        <source>Bundle checked</source>
        <translation>فُحصت الحزمة</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>النصوص</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>الملفات الأصلية</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>مشروع REFI-QDA</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>القارئ</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>كُتبت الحزمة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>اكتمل الدمج</translation>
    </message>
    <message>
        <source>Comparing passages</source>
        <translation>مقارنة المقاطع</translation>
    </message>
    <message>
        <source>Writing the statements file</source>
        <translation>كتابة ملف التصريحات</translation>
    </message>
    <message>
        <source>Finding passages</source>
        <translation>البحث عن المقاطع</translation>
    </message>
    <message>
        <source>Finding passages in new texts</source>
        <translation>البحث عن المقاطع في النصوص الجديدة</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>already in the catalogue as “{title}” ({uuid}), same original file</source>
        <translation>موجود في الفهرس من قبل باسم «{title}» ({uuid})، بالملف الأصلي نفسه</translation>
    </message>
    <message>
        <source>already in the catalogue as “{title}” ({uuid}), same URL</source>
        <translation>موجود في الفهرس من قبل باسم «{title}» ({uuid})، بالرابط نفسه</translation>
    </message>
    <message>
        <source>already in the catalogue as “{title}” ({uuid}), same short URL</source>
        <translation>موجود في الفهرس من قبل باسم «{title}» ({uuid})، بالرابط المختصر نفسه</translation>
    </message>
    <message>
        <source>already in the catalogue as “{title}” ({uuid}), same text</source>
        <translation>موجود في الفهرس من قبل باسم «{title}» ({uuid})، بالنص نفسه</translation>
    </message>
    <message>
        <source>{value} MB</source>
        <translation>{value} ميغابايت</translation>
    </message>
    <message>
        <source>just over {size}</source>
        <translation>أكثر بقليل من {size}</translation>
    </message>
    <message>
        <source>files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>text and Markdown files</source>
        <translation>ملفات النص وMarkdown</translation>
    </message>
    <message>
        <source>web pages</source>
        <translation>صفحات الويب</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>ملفات PDF</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>مستندات Word</translation>
    </message>
    <message>
        <source>saved web pages (MHTML)</source>
        <translation>صفحات الويب المحفوظة (MHTML)</translation>
    </message>
    <message>
        <source>the file is {size}; Pressmark imports {files} up to {most}; split it into smaller files</source>
        <translation>حجم الملف {size}؛ يستورد Pressmark {files} حتى {most}؛ قسّمه إلى ملفات أصغر</translation>
    </message>
    <message>
        <source>its text is {millions} million characters long; Pressmark imports articles of up to {most} million characters; split it into smaller files</source>
        <translation>طول نصه {millions} مليون محرف؛ يستورد Pressmark المقالات حتى {most} مليون محرف؛ قسّمه إلى ملفات أصغر</translation>
    </message>
    <message>
        <source>its text is over {millions} million characters long; Pressmark imports articles of up to {most} million characters; split it into smaller files</source>
        <translation>طول نصه يزيد على {millions} مليون محرف؛ يستورد Pressmark المقالات حتى {most} مليون محرف؛ قسّمه إلى ملفات أصغر</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>is a web archive, which holds many pages: import it as a file with {step}</source>
        <translation>أرشيف ويب يضم صفحات كثيرة: استورده ملفًا من {step}</translation>
    </message>
    <message>
        <source>not a format Pressmark reads (HTML, MHTML, Markdown, text, PDF, DOCX, WARC, WACZ)</source>
        <translation>ليس بصيغة يقرؤها Pressmark (HTML وMHTML وMarkdown والنص وPDF وDOCX وWARC وWACZ)</translation>
    </message>
    <message>
        <source>could not be read as {format}: {detail}</source>
        <translation>تعذّرت قراءته بصيغة {format}: {detail}</translation>
    </message>
    <message>
        <source>no article text found in this {format} file</source>
        <translation>لم يُعثر على نص مقال في ملف {format} هذا</translation>
    </message>
    <message>
        <source>is a damaged Word document ({detail})</source>
        <translation>مستند Word تالف ({detail})</translation>
    </message>
    <message>
        <source>is not a Word .docx document (not a zip archive)</source>
        <translation>ليس مستند Word بصيغة ‎.docx (ليس أرشيف zip)</translation>
    </message>
    <message>
        <source>is a zip archive but not a Word document</source>
        <translation>أرشيف zip وليس مستند Word</translation>
    </message>
    <message>
        <source>would unpack to more than 512 MiB; refusing it</source>
        <translation>سيتجاوز حجمه بعد فك ضغطه 512 ميبيبايت؛ لذا رُفض</translation>
    </message>
    <message>
        <source>its text and layout unpack to {size}; Pressmark imports Word documents whose text and layout unpack to up to {most}; split it into smaller files</source>
        <translation>يبلغ حجم نصه وتنسيقه بعد فك الضغط {size}؛ يستورد Pressmark مستندات Word التي لا يتجاوز حجم نصها وتنسيقها بعد فك الضغط {most}؛ قسّمه إلى ملفات أصغر</translation>
    </message>
    <message>
        <source>is a damaged Word document (corrupt part {part})</source>
        <translation>مستند Word تالف (الجزء {part} فاسد)</translation>
    </message>
    <message>
        <source>is a damaged or truncated Word document ({detail})</source>
        <translation>مستند Word تالف أو مبتور ({detail})</translation>
    </message>
    <message>
        <source>is not a PDF (it does not start with %PDF-)</source>
        <translation>ليس ملف PDF (لا يبدأ بـ%PDF-)</translation>
    </message>
    <message>
        <source>has no text layer (a scanned image?); Pressmark does not do OCR</source>
        <translation>ليست فيه طبقة نص (صورة ممسوحة ضوئيًا؟)؛ ولا يتعرّف Pressmark على النصوص في الصور</translation>
    </message>
    <message>
        <source>is encrypted in a way Pressmark cannot open ({detail})</source>
        <translation>مشفّر بطريقة لا يستطيع Pressmark فتحها ({detail})</translation>
    </message>
    <message>
        <source>is password-protected; remove the password, then import</source>
        <translation>محمي بكلمة مرور؛ أزل كلمة المرور ثم استورده</translation>
    </message>
    <message>
        <source>is a damaged or truncated PDF (no pages found)</source>
        <translation>ملف PDF تالف أو مبتور (لم يُعثر على صفحات)</translation>
    </message>
    <message>
        <source>is a damaged or truncated PDF ({detail})</source>
        <translation>ملف PDF تالف أو مبتور ({detail})</translation>
    </message>
    <message>
        <source>{size} bytes of JSON is more than the {most} allowed</source>
        <translation>{size} بايت من JSON أكثر من الحد المسموح ({most})</translation>
    </message>
    <message>
        <source>starts with a byte-order mark</source>
        <translation>يبدأ بعلامة ترتيب البايتات (BOM)</translation>
    </message>
    <message>
        <source>JSON nested {depth} levels deep (at most {most} allowed)</source>
        <translation>JSON متداخل إلى عمق {depth} من المستويات (الحد المسموح {most})</translation>
    </message>
    <message>
        <source>not UTF-8 ({detail} at byte {byte})</source>
        <translation>ليس بترميز UTF-8 ‏({detail} عند البايت {byte})</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON متداخل إلى عمق مفرط</translation>
    </message>
    <message>
        <source>not valid JSON ({detail})</source>
        <translation>ليس JSON صالحًا ({detail})</translation>
    </message>
    <message>
        <source>the key “{key}” appears twice in one object</source>
        <translation>المفتاح «{key}» يرد مرتين في كائن واحد</translation>
    </message>
    <message>
        <source>{token} is not a JSON number</source>
        <translation>{token} ليس عددًا في JSON</translation>
    </message>
    <message>
        <source>{size} bytes of XML is more than the {most} allowed</source>
        <translation>{size} بايت من XML أكثر من الحد المسموح ({most})</translation>
    </message>
    <message>
        <source>has a DOCTYPE or entity declaration, which bundles never need</source>
        <translation>فيه تعريف DOCTYPE أو تعريف كيان، ولا تحتاج الحزم إلى أي منهما</translation>
    </message>
    <message>
        <source>not well-formed XML ({detail})</source>
        <translation>ليس XML سليم البنية ({detail})</translation>
    </message>
    <message>
        <source>has a DOCTYPE, which bundles never need</source>
        <translation>فيه تعريف DOCTYPE، ولا تحتاج إليه الحزم</translation>
    </message>
    <message>
        <source>the file is {size}; Pressmark imports reference lists of up to {most}: export the library in parts</source>
        <translation>حجم الملف {size}؛ يستورد Pressmark قوائم المراجع حتى {most}: صدّر المكتبة على أجزاء</translation>
    </message>
    <message>
        <source>not a reference list Pressmark reads (RIS, CSL-JSON)</source>
        <translation>ليس قائمة مراجع يقرؤها Pressmark ‏(RIS وCSL-JSON)</translation>
    </message>
    <message>
        <source>holds no entries</source>
        <translation>لا يحوي أي مدخل</translation>
    </message>
    <message>
        <source>holds {count} entries; Pressmark imports up to {most} at once: export the library in parts</source>
        <translation>يحوي {count} من المدخلات؛ يستورد Pressmark حتى {most} مدخل دفعة واحدة: صدّر المكتبة على أجزاء</translation>
    </message>
    <message>
        <source>is not UTF-8: byte {byte} on line {line} cannot be read; export the file again as UTF-8 (Unicode)</source>
        <translation>ليس بترميز UTF-8: تتعذّر قراءة البايت {byte} في السطر {line}؛ صدّر الملف من جديد بترميز UTF-8 (يونيكود)</translation>
    </message>
    <message>
        <source>is not UTF-8: byte {byte} on line {line} cannot be read (read as Latin-1 it says “{sample}”); export the file again as UTF-8 (Unicode)</source>
        <translation>ليس بترميز UTF-8: تتعذّر قراءة البايت {byte} في السطر {line} (ويُقرأ بترميز Latin-1 هكذا: «{sample}»)؛ صدّر الملف من جديد بترميز UTF-8 (يونيكود)</translation>
    </message>
    <message>
        <source>line {line} reads “{found}” where “{meant}” was meant: {advice}</source>
        <translation>في السطر {line} «{found}» والمقصود «{meant}»: {advice}</translation>
    </message>
    <message>
        <source>the file was read in the wrong encoding (UTF-8 taken for Latin-1) before it was saved; export it again from the reference manager as UTF-8</source>
        <translation>قُرئ الملف بترميز خاطئ (UTF-8 على أنه Latin-1) قبل حفظه؛ صدّره من جديد من مدير المراجع بترميز UTF-8</translation>
    </message>
    <message>
        <source>“{value}” is not a DOI and was left out</source>
        <translation>«{value}» ليس معرّف DOI فتُرك</translation>
    </message>
    <message>
        <source>line {line} (“{text}”) lies outside an entry: each entry starts with a TY line</source>
        <translation>السطر {line} («{text}») يقع خارج أي مدخل: يبدأ كل مدخل بسطر TY</translation>
    </message>
    <message>
        <source>the entry starting on line {start} has no ER line before the next entry on line {line}</source>
        <translation>المدخل الذي يبدأ في السطر {start} ليس له سطر ER قبل المدخل التالي في السطر {line}</translation>
    </message>
    <message>
        <source>the entry starting on line {start} has no ER line: the file may have been cut short</source>
        <translation>المدخل الذي يبدأ في السطر {start} ليس له سطر ER: لعل الملف مبتور</translation>
    </message>
    <message>
        <source>entry {index} (line {line})</source>
        <translation>المدخل {index} (السطر {line})</translation>
    </message>
    <message>
        <source>has no title (TI or T1)</source>
        <translation>بلا عنوان (TI أو T1)</translation>
    </message>
    <message>
        <source>CSL-JSON is a list of items ([…]); this file holds an object</source>
        <translation>ملف CSL-JSON قائمة من العناصر ([…])؛ وهذا الملف يحوي كائنًا</translation>
    </message>
    <message>
        <source>CSL-JSON is a list of items ([…]); this file holds a {type}</source>
        <translation>ملف CSL-JSON قائمة من العناصر ([…])؛ وهذا الملف يحوي قيمة من النوع {type}</translation>
    </message>
    <message>
        <source>item {index}</source>
        <translation>العنصر {index}</translation>
    </message>
    <message>
        <source>item {index} (“{id}”)</source>
        <translation>العنصر {index} («{id}»)</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ليس كائنًا</translation>
    </message>
    <message>
        <source>has no “{key}”</source>
        <translation>ليس فيه «{key}»</translation>
    </message>
    <message>
        <source>has the type “{type}”, which is not one of CSL&apos;s</source>
        <translation>نوعه «{type}»، وليس من أنواع CSL</translation>
    </message>
    <message>
        <source>has “{key}”, which is not a CSL variable</source>
        <translation>فيه «{key}»، وليس من متغيرات CSL</translation>
    </message>
    <message>
        <source>has a “{key}” of the wrong kind ({type})</source>
        <translation>فيه «{key}» من نوع خاطئ ({type})</translation>
    </message>
    <message>
        <source>its “{key}” reads “{found}” where “{meant}” was meant: {advice}</source>
        <translation>في «{key}» منه «{found}» والمقصود «{meant}»: {advice}</translation>
    </message>
    <message>
        <source>has no title</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>its parts cannot be found: the boundary its header declares does not occur in it (the file is damaged)</source>
        <translation>تتعذّر معرفة أجزائه: الحدّ الفاصل الذي تذكره ترويسته لا يرد فيه (الملف تالف)</translation>
    </message>
    <message>
        <source>is not a multipart MHTML file: its parts cannot be found</source>
        <translation>ليس ملف MHTML متعدد الأجزاء: تتعذّر معرفة أجزائه</translation>
    </message>
    <message>
        <source>holds no HTML page among its parts</source>
        <translation>ليس بين أجزائه صفحة HTML</translation>
    </message>
    <message>
        <source>its HTML part is empty</source>
        <translation>جزء HTML فيه فارغ</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text (byte {byte})</source>
        <translation>ليس نصًا صالحًا بترميز UTF-8 (البايت {byte})</translation>
    </message>
    <message>
        <source>no headline (a &apos;## &apos; line) found in this news page</source>
        <translation>لم يُعثر على عنوان رئيسي (سطر يبدأ بـ&apos;## &apos;) في صفحة الأخبار هذه</translation>
    </message>
    <message>
        <source>is not valid UTF-16 text</source>
        <translation>ليس نصًا صالحًا بترميز UTF-16</translation>
    </message>
    <message>
        <source>looks like a binary file (it contains NUL bytes), not text</source>
        <translation>يبدو ملفًا ثنائيًا (فيه بايتات NUL)، لا نصًا</translation>
    </message>
    <message>
        <source>is not valid UTF-8 / text (no known encoding fits)</source>
        <translation>ليس نصًا صالحًا بترميز UTF-8 (ولا يناسبه أي ترميز معروف)</translation>
    </message>
    <message>
        <source>looks like a binary file (many control characters), not text</source>
        <translation>يبدو ملفًا ثنائيًا (فيه محارف تحكم كثيرة)، لا نصًا</translation>
    </message>
    <message>
        <source>looks like a binary file, not a web page</source>
        <translation>يبدو ملفًا ثنائيًا، لا صفحة ويب</translation>
    </message>
    <message>
        <source>is not a readable web page ({detail})</source>
        <translation>ليس صفحة ويب يمكن قراءتها ({detail})</translation>
    </message>
    <message>
        <source>no article text found in this web page</source>
        <translation>لم يُعثر على نص مقال في صفحة الويب هذه</translation>
    </message>
    <message>
        <source>could not store the original file: {reason}</source>
        <translation>تعذّر حفظ الملف الأصلي: {reason}</translation>
    </message>
    <message>
        <source>the file changed while it was being imported</source>
        <translation>تغيّر الملف في أثناء استيراده</translation>
    </message>
    <message>
        <source>this folder cannot be read: {reason}</source>
        <translation>تتعذّر قراءة هذا المجلد: {reason}</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>تتعذّر قراءته: {reason}</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>is a link to a file that does not exist</source>
        <translation>رابط إلى ملف غير موجود</translation>
    </message>
    <message>
        <source>is a link that leads back to itself (a loop)</source>
        <translation>رابط يعود إلى نفسه (حلقة)</translation>
    </message>
    <message>
        <source>is a link to a folder, which an import does not follow; import that folder itself</source>
        <translation>رابط إلى مجلد، ولا يتبع الاستيراد روابط المجلدات؛ استورد ذلك المجلد نفسه</translation>
    </message>
    <message>
        <source>is a link to {target}, outside the folder being imported; import that file itself</source>
        <translation>رابط إلى {target}، خارج المجلد الجاري استيراده؛ استورد ذلك الملف نفسه</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a regular file; Pressmark imports regular files only</source>
        <translation>أنبوب مسمّى (FIFO) وليس ملفًا عاديًا؛ لا يستورد Pressmark إلا الملفات العادية</translation>
    </message>
    <message>
        <source>is a device, not a regular file; Pressmark imports regular files only</source>
        <translation>جهاز وليس ملفًا عاديًا؛ لا يستورد Pressmark إلا الملفات العادية</translation>
    </message>
    <message>
        <source>is a disk device, not a regular file; Pressmark imports regular files only</source>
        <translation>جهاز قرص وليس ملفًا عاديًا؛ لا يستورد Pressmark إلا الملفات العادية</translation>
    </message>
    <message>
        <source>is a socket, not a regular file; Pressmark imports regular files only</source>
        <translation>مقبس اتصال وليس ملفًا عاديًا؛ لا يستورد Pressmark إلا الملفات العادية</translation>
    </message>
    <message>
        <source>is a special file, not a regular file; Pressmark imports regular files only</source>
        <translation>ملف خاص وليس ملفًا عاديًا؛ لا يستورد Pressmark إلا الملفات العادية</translation>
    </message>
    <message>
        <source>its folder {folder} holds more than {files} files or {megabytes} MB</source>
        <translation>مجلده {folder} يحوي أكثر من {files} ملف أو أكثر من {megabytes} ميغابايت</translation>
    </message>
    <message>
        <source>{reason}; import the page alone by moving the folder away</source>
        <translation>{reason}؛ استورد الصفحة وحدها بعد نقل المجلد إلى مكان آخر</translation>
    </message>
    <message>
        <source>its folder {folder} cannot be read: {reason}</source>
        <translation>تتعذّر قراءة مجلده {folder}: {reason}</translation>
    </message>
    <message>
        <source>kept with the {count} file of {folder}, as one zip</source>
        <translation>حُفظ مع ملف المجلد {folder} ({count}) في ملف zip واحد</translation>
    </message>
    <message>
        <source>kept with the {count} files of {folder}, as one zip</source>
        <translation>حُفظ مع ملفات المجلد {folder} ({count}) في ملف zip واحد</translation>
    </message>
    <message>
        <source>imported “{title}”</source>
        <translation>استُورد «{title}»</translation>
    </message>
    <message>
        <source>imported “{title}” ({note})</source>
        <translation>استُورد «{title}» ({note})</translation>
    </message>
    <message>
        <source>{imported}, as a {page_kind} (not an article)</source>
        <translation>{imported} بوصفه {page_kind} (لا مقالًا)</translation>
    </message>
    <message>
        <source>{name}: not imported: {reason}</source>
        <translation>{name}: لم يُستورد: {reason}</translation>
    </message>
    <message>
        <source>is not a regular file; Pressmark imports regular files only</source>
        <translation>ليس ملفًا عاديًا؛ لا يستورد Pressmark إلا الملفات العادية</translation>
    </message>
    <message>
        <source>the archive is {size} GB; Pressmark opens web archives of up to {most} GB</source>
        <translation>حجم الأرشيف {size} غيغابايت؛ يفتح Pressmark أرشيفات الويب حتى {most} غيغابايت</translation>
    </message>
    <message>
        <source>cannot be opened as a WACZ: {reason}</source>
        <translation>يتعذّر فتحه أرشيفَ WACZ: {reason}</translation>
    </message>
    <message>
        <source>this WACZ holds no WARC file (archive/*.warc.gz): there is nothing in it to import</source>
        <translation>لا يحوي أرشيف WACZ هذا أي ملف WARC ‏(archive/*.warc.gz): ليس فيه ما يُستورد</translation>
    </message>
    <message>
        <source>a file in the WACZ is damaged ({detail})</source>
        <translation>ملف في أرشيف WACZ تالف ({detail})</translation>
    </message>
    <message>
        <source>no WARC record found: this is not a WARC file (nor an ARC file, which Pressmark does not read), or it is empty</source>
        <translation>لم يُعثر على أي سجل WARC: ليس هذا ملف WARC (ولا ملف ARC، وهو ما لا يقرؤه Pressmark)، أو أنه فارغ</translation>
    </message>
    <message>
        <source>the archive breaks off after record {record}: what follows is not a WARC record</source>
        <translation>ينقطع الأرشيف بعد السجل {record}: ما يليه ليس سجل WARC</translation>
    </message>
    <message>
        <source>the archive breaks off after record {record}: what follows is not a whole WARC record</source>
        <translation>ينقطع الأرشيف بعد السجل {record}: ما يليه ليس سجل WARC كاملًا</translation>
    </message>
    <message>
        <source>record {record} is cut short (the file ends inside it)</source>
        <translation>السجل {record} مبتور (ينتهي الملف في وسطه)</translation>
    </message>
    <message>
        <source>record {record} has no length (its header is cut short)</source>
        <translation>السجل {record} بلا طول (ترويسته مبتورة)</translation>
    </message>
    <message>
        <source>record {record} is longer or shorter than its header says</source>
        <translation>السجل {record} أطول أو أقصر مما تذكره ترويسته</translation>
    </message>
    <message>
        <source>after record {record}</source>
        <translation>بعد السجل {record}</translation>
    </message>
    <message>
        <source>at its first record</source>
        <translation>عند سجله الأول</translation>
    </message>
    <message>
        <source>{after}: the file is compressed as one block, not one gzip member per record; decompress it (gunzip) and import the .warc</source>
        <translation>{after}: الملف مضغوط كتلةً واحدة، لا عضو gzip لكل سجل؛ فك ضغطه (gunzip) واستورد ملف ‎.warc</translation>
    </message>
    <message>
        <source>a compressed part is damaged {after}</source>
        <translation>جزء مضغوط تالف {after}</translation>
    </message>
    <message>
        <source>the archive breaks off {after}: a record&apos;s header is damaged or cut short</source>
        <translation>ينقطع الأرشيف {after}: ترويسة سجل تالفة أو مبتورة</translation>
    </message>
    <message>
        <source>{reason} (at byte {at} of {size}); the pages before it were read</source>
        <translation>{reason} (عند البايت {at} من {size})؛ وقُرئت الصفحات التي قبله</translation>
    </message>
    <message>
        <source>after record {record}, bytes {start} to {end} could not be read (a damaged record) and were skipped; reading went on after them</source>
        <translation>بعد السجل {record}، تعذّرت قراءة البايتات من {start} إلى {end} (سجل تالف) فتُخطّيت؛ ومضت القراءة بعدها</translation>
    </message>
    <message>
        <source>{name}: damaged: {damage}</source>
        <translation>{name}: تالف: {damage}</translation>
    </message>
    <message>
        <source>{name}: cut short: {broken}</source>
        <translation>{name}: مبتور: {broken}</translation>
    </message>
    <message>
        <source>{count} response not imported: {kinds}</source>
        <translation>استجابة واحدة ({count}) لم تُستورد: {kinds}</translation>
    </message>
    <message>
        <source>{count} responses not imported: {kinds}</source>
        <translation>استجابات لم تُستورد، عددها {count}: {kinds}</translation>
    </message>
    <message>
        <source>page in an encoding Pressmark cannot undo ({encoding})</source>
        <translation>صفحة بترميز لا يستطيع Pressmark فكّه ({encoding})</translation>
    </message>
    <message>
        <source>not a readable zip file ({detail})</source>
        <translation>ليس ملف zip يمكن قراءته ({detail})</translation>
    </message>
    <message>
        <source>the zip file cannot be read ({detail})</source>
        <translation>تتعذّر قراءة ملف zip ‏({detail})</translation>
    </message>
    <message>
        <source>no project file (.qde) at the top of the zip; a REFI-QDA project has one</source>
        <translation>لا يوجد ملف مشروع (‎.qde) في أعلى ملف zip؛ ولمشروع REFI-QDA ملف واحد منه</translation>
    </message>
    <message>
        <source>{count} project file (.qde) at the top of the zip; a REFI-QDA project has one</source>
        <translation>في أعلى ملف zip ملفات مشروع (‎.qde) عددها {count}؛ ولمشروع REFI-QDA ملف واحد منها</translation>
    </message>
    <message>
        <source>project.qde is not a valid REFI-QDA project: {reason}</source>
        <translation>ليس project.qde مشروع REFI-QDA صالحًا: {reason}</translation>
    </message>
    <message>
        <source>{element} lacks its {name} attribute</source>
        <translation>تنقص العنصرَ {element} سمتُه {name}</translation>
    </message>
    <message>
        <source>{attribute} of {element} is not a GUID</source>
        <translation>قيمة {attribute} في {element} ليست معرّف GUID</translation>
    </message>
    <message>
        <source>{attribute} of {element} is not a whole number</source>
        <translation>قيمة {attribute} في {element} ليست عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{attribute} of {element} is not a colour like #RRGGBB</source>
        <translation>قيمة {attribute} في {element} ليست لونًا مثل #RRGGBB</translation>
    </message>
    <message>
        <source>{attribute} of {element} is not a boolean (true or false)</source>
        <translation>قيمة {attribute} في {element} ليست قيمة منطقية (true أو false)</translation>
    </message>
    <message>
        <source>{element} has no place in a Project</source>
        <translation>لا مكان لـ{element} في مشروع</translation>
    </message>
    <message>
        <source>two codes have the GUID {guid}</source>
        <translation>لرمزين المعرّف GUID نفسه {guid}</translation>
    </message>
    <message>
        <source>{source} has neither PlainTextContent nor plainTextPath</source>
        <translation>ليس لـ{source} لا PlainTextContent ولا plainTextPath</translation>
    </message>
    <message>
        <source>project.qde is not a REFI-QDA project: its root is {root}, not a Project of urn:QDA-XML:project</source>
        <translation>ليس project.qde مشروع REFI-QDA: جذره {root}، وليس «Project» من urn:QDA-XML:project</translation>
    </message>
    <message>
        <source>“{name}”: a PDF source; Pressmark keeps texts</source>
        <translation>«{name}»: مصدر PDF؛ ولا يحفظ Pressmark إلا النصوص</translation>
    </message>
    <message>
        <source>“{name}”: a picture source; Pressmark keeps texts</source>
        <translation>«{name}»: مصدر صورة؛ ولا يحفظ Pressmark إلا النصوص</translation>
    </message>
    <message>
        <source>“{name}”: an audio source; Pressmark keeps texts</source>
        <translation>«{name}»: مصدر صوتي؛ ولا يحفظ Pressmark إلا النصوص</translation>
    </message>
    <message>
        <source>“{name}”: a video source; Pressmark keeps texts</source>
        <translation>«{name}»: مصدر فيديو؛ ولا يحفظ Pressmark إلا النصوص</translation>
    </message>
    <message>
        <source>the code “{name}” lies {levels} levels deep; Pressmark&apos;s tags go {most} deep at most</source>
        <translation>يقع الرمز «{name}» على عمق {levels} من المستويات؛ ولا تتجاوز وسوم Pressmark عمق {most} من المستويات</translation>
    </message>
    <message>
        <source>the note “{name}”</source>
        <translation>الملاحظة «{name}»</translation>
    </message>
    <message>
        <source>the source “{name}”</source>
        <translation>المصدر «{name}»</translation>
    </message>
    <message>
        <source>its text {member} is not in the project</source>
        <translation>نصه {member} ليس في المشروع</translation>
    </message>
    <message>
        <source>its text is {size} bytes; Pressmark reads texts of up to {most} bytes</source>
        <translation>حجم نصه {size} بايت؛ يقرأ Pressmark النصوص حتى {most} بايت</translation>
    </message>
    <message>
        <source>its text is kept outside the project ({where}); Pressmark reads plain texts inside the .qdpx</source>
        <translation>نصه محفوظ خارج المشروع ({where})؛ ولا يقرأ Pressmark إلا النصوص العادية داخل ملف ‎.qdpx</translation>
    </message>
    <message>
        <source>it has only a rich-text copy, no plain text ({where}); Pressmark reads plain texts inside the .qdpx</source>
        <translation>ليست له إلا نسخة بنص منسّق، بلا نص عادي ({where})؛ ولا يقرأ Pressmark إلا النصوص العادية داخل ملف ‎.qdpx</translation>
    </message>
    <message>
        <source>its text is {length} characters long; Pressmark keeps texts of up to {most}</source>
        <translation>طول نصه {length} محرف؛ يحفظ Pressmark النصوص حتى {most} محرف</translation>
    </message>
    <message>
        <source>its text is empty</source>
        <translation>نصه فارغ</translation>
    </message>
    <message>
        <source>the selection {guid} selects nothing</source>
        <translation>التحديد {guid} لا يحدد شيئًا</translation>
    </message>
    <message>
        <source>the selection {guid} runs from {start} to {end}, outside its text of {length} characters; nothing was imported</source>
        <translation>التحديد {guid} يمتد من {start} إلى {end}، خارج نصه البالغ {length} محرف؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>its text is not {encoding} (byte {byte} cannot be read)</source>
        <translation>نصه ليس بترميز {encoding} (تتعذّر قراءة البايت {byte})</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>رُفض: {reason}</translation>
    </message>
    <message>
        <source>the project is {size} bytes; Pressmark imports projects of up to {most} bytes</source>
        <translation>حجم المشروع {size} بايت؛ يستورد Pressmark المشاريع حتى {most} بايت</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}، {second}</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>المطبوعة</translation>
    </message>
    <message>
        <source>section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>معرّف DOI</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>المؤلفون</translation>
    </message>
    <message>
        <source>title and date</source>
        <translation>العنوان والتاريخ</translation>
    </message>
    <message>
        <source>the keyword “{keyword}” was not kept as a tag ({reason})</source>
        <translation>لم تُحفظ الكلمة المفتاحية «{keyword}» وسمًا ({reason})</translation>
    </message>
    <message>
        <source>an author&apos;s name of {length} characters was left out</source>
        <translation>تُرك اسم مؤلف طوله {length} محرف</translation>
    </message>
    <message>
        <source>{label}: skipped: it {problem}</source>
        <translation>{label}: تُخطّي: {problem}</translation>
    </message>
    <message>
        <source>{label}: imported “{title}”</source>
        <translation>{label}: استُورد «{title}»</translation>
    </message>
    <message>
        <source>{label}: enriched “{title}” (same {same}): filled {fields}</source>
        <translation>{label}: أُكملت بيانات «{title}» (بحسب {same}): مُلئت الحقول: {fields}</translation>
    </message>
    <message>
        <source>{label}: already in the catalogue as “{title}” (same {same}); nothing to add</source>
        <translation>{label}: موجود في الفهرس من قبل باسم «{title}» (بحسب {same})؛ لا شيء يُضاف</translation>
    </message>
    <message>
        <source>{what}: skipped</source>
        <translation>{what}: تُخطّي</translation>
    </message>
    <message>
        <source>imported “{title}” with {count} quote</source>
        <translation>استُورد «{title}» مع اقتباس واحد ({count})</translation>
    </message>
    <message>
        <source>imported “{title}” with {count} quotes</source>
        <translation>استُورد «{title}» مع اقتباساته، وعددها {count}</translation>
    </message>
    <message>
        <source>“{title}” is here already (the same text): added {count} quote</source>
        <translation>«{title}» موجود هنا من قبل (بالنص نفسه): أُضيف اقتباس واحد ({count})</translation>
    </message>
    <message>
        <source>“{title}” is here already (the same text): added {count} quotes</source>
        <translation>«{title}» موجود هنا من قبل (بالنص نفسه): أُضيفت اقتباسات عددها {count}</translation>
    </message>
    <message>
        <source>“{title}” is here already (the same text) with these quotes; nothing to add</source>
        <translation>«{title}» موجود هنا من قبل (بالنص نفسه) مع هذه الاقتباسات؛ لا شيء يُضاف</translation>
    </message>
    <message>
        <source>{name}: refused: {reason}</source>
        <translation>{name}: رُفضت: {reason}</translation>
    </message>
    <message>
        <source>free some space there (or set TMPDIR to a folder on a disk with room) and try again</source>
        <translation>أفرغ بعض المساحة هناك (أو اجعل TMPDIR مجلدًا على قرص فيه متسع) وأعد المحاولة</translation>
    </message>
    <message>
        <source>{folder} is not empty</source>
        <translation>{folder} ليس فارغًا</translation>
    </message>
    <message>
        <source>a file in the zip is damaged ({detail})</source>
        <translation>ملف في أرشيف zip تالف ({detail})</translation>
    </message>
    <message>
        <source>the disk filled up while it was unpacked ({folder}): {advice}</source>
        <translation>امتلأ القرص في أثناء فك ضغطها ({folder}): {advice}</translation>
    </message>
    <message>
        <source>it expands to {size} bytes but only {free} bytes are free where it would be unpacked ({folder}): {advice}</source>
        <translation>يبلغ حجمها بعد فك الضغط {size} بايت، والمتاح حيث يُفك ضغطها {free} بايت فقط ({folder}): {advice}</translation>
    </message>
    <message>
        <source>“{member}” would be written outside the bundle folder</source>
        <translation>«{member}» سيُكتب خارج مجلد الحزمة</translation>
    </message>
    <message>
        <source>“{member}” is bigger than it says</source>
        <translation>«{member}» أكبر مما يذكر</translation>
    </message>
    <message>
        <source>“{member}” is damaged ({detail})</source>
        <translation>«{member}» تالف ({detail})</translation>
    </message>
    <message>
        <source>“{member}” appears twice</source>
        <translation>«{member}» يرد مرتين</translation>
    </message>
    <message>
        <source>the bundle expands to more than the size allowed</source>
        <translation>يتجاوز حجم الحزمة بعد فك الضغط الحد المسموح</translation>
    </message>
    <message>
        <source>{count} files in the zip, more than the {most} allowed</source>
        <translation>في ملف zip ملفات عددها {count}، أكثر من الحد المسموح ({most})</translation>
    </message>
    <message>
        <source>“{member}” would expand to {size} bytes, more than allowed</source>
        <translation>سيبلغ حجم «{member}» بعد فك الضغط {size} بايت، أكثر من المسموح</translation>
    </message>
    <message>
        <source>“{member}” is compressed {ratio} to 1, like a zip bomb</source>
        <translation>«{member}» مضغوط بنسبة {ratio} إلى 1، كقنبلة zip</translation>
    </message>
    <message>
        <source>the zip would expand to {size} bytes, more than the {most} allowed</source>
        <translation>سيبلغ حجم ملف zip بعد فك الضغط {size} بايت، أكثر من الحد المسموح ({most})</translation>
    </message>
    <message>
        <source>the zip as a whole is compressed {ratio} to 1, like a zip bomb</source>
        <translation>ملف zip كله مضغوط بنسبة {ratio} إلى 1، كقنبلة zip</translation>
    </message>
    <message>
        <source>“{member}”: {problem}</source>
        <translation>«{member}»: {problem}</translation>
    </message>
    <message>
        <source>“{member}” appears twice in the zip</source>
        <translation>«{member}» يرد مرتين في ملف zip</translation>
    </message>
    <message>
        <source>“{member}” is both a file and a folder</source>
        <translation>«{member}» ملف ومجلد معًا</translation>
    </message>
    <message>
        <source>an empty or overlong name</source>
        <translation>اسم فارغ أو طويل جدًا</translation>
    </message>
    <message>
        <source>a backslash in the name (a Windows path)</source>
        <translation>شرطة مائلة عكسية في الاسم (مسار Windows)</translation>
    </message>
    <message>
        <source>a control character in the name</source>
        <translation>محرف تحكم في الاسم</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>مسار مطلق</translation>
    </message>
    <message>
        <source>a drive letter</source>
        <translation>حرف محرك أقراص</translation>
    </message>
    <message>
        <source>a “..”, “.” or empty part in the path</source>
        <translation>جزء «..» أو «.» أو جزء فارغ في المسار</translation>
    </message>
    <message>
        <source>a character Windows cannot store in a file name</source>
        <translation>محرف لا يستطيع Windows حفظه في اسم ملف</translation>
    </message>
    <message>
        <source>a Windows device name (CON, NUL, COM1…)</source>
        <translation>اسم جهاز في Windows ‏(CON وNUL وCOM1…)</translation>
    </message>
    <message>
        <source>“{member}” is encrypted</source>
        <translation>«{member}» مشفّر</translation>
    </message>
    <message>
        <source>“{member}” uses an unsupported compression method</source>
        <translation>«{member}» يستخدم طريقة ضغط غير مدعومة</translation>
    </message>
    <message>
        <source>“{member}” is a symbolic link</source>
        <translation>«{member}» رابط رمزي</translation>
    </message>
    <message>
        <source>“{member}” is a special file</source>
        <translation>«{member}» ملف خاص</translation>
    </message>
    <message>
        <source>“{member}” is marked as a folder but named as a file</source>
        <translation>«{member}» موسوم مجلدًا لكنه مسمّى ملفًا</translation>
    </message>
    <message>
        <source>“{member}”: its local header lies past the end of the file</source>
        <translation>«{member}»: ترويسته المحلية تقع بعد نهاية الملف</translation>
    </message>
    <message>
        <source>“{member}”: no local header where the directory says</source>
        <translation>«{member}»: لا ترويسة محلية حيث يذكر الدليل</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” overlap inside the zip (a zip bomb trick)</source>
        <translation>«{first}» و«{second}» متداخلان داخل ملف zip (حيلة من حيل قنابل zip)</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” share their data (a zip bomb trick)</source>
        <translation>«{first}» و«{second}» يتشاركان بياناتهما (حيلة من حيل قنابل zip)</translation>
    </message>
    <message>
        <source>“{member}” runs into the zip&apos;s directory</source>
        <translation>«{member}» يمتد إلى دليل ملف zip</translation>
    </message>
    <message>
        <source>no BagIt bag inside (no bagit.txt at the top or in one top folder)</source>
        <translation>لا حقيبة BagIt فيها (لا bagit.txt في أعلاها ولا في مجلد واحد في أعلاها)</translation>
    </message>
    <message>
        <source>{count} folders in the zip, but the files its manifests list lie in only {folders}</source>
        <translation>في ملف zip مجلدات عددها {count}، والملفات التي تذكرها قوائم محتوياته لا تقع إلا في {folders} منها</translation>
    </message>
    <message>
        <source>“{member}” is in the bag but not in manifest-sha256.txt</source>
        <translation>«{member}» في الحقيبة وليس في manifest-sha256.txt</translation>
    </message>
    <message>
        <source>“{member}” is in the bag but not in manifest-sha256.txt ({files} files in the zip, but its manifests list only {listed})</source>
        <translation>«{member}» في الحقيبة وليس في manifest-sha256.txt (في ملف zip ملفات عددها {files}، ولا تذكر قوائم محتوياته إلا {listed})</translation>
    </message>
    <message>
        <source>“{member}” at the top of the bag is not listed in any tag manifest</source>
        <translation>«{member}» في أعلى الحقيبة ولا تذكره أي قائمة من قوائم ملفات الوصف</translation>
    </message>
    <message>
        <source>“{member}” at the top of the bag is not listed in any tag manifest ({files} files in the zip, but its manifests list only {listed})</source>
        <translation>«{member}» في أعلى الحقيبة ولا تذكره أي قائمة من قوائم ملفات الوصف (في ملف zip ملفات عددها {files}، ولا تذكر قوائم محتوياته إلا {listed})</translation>
    </message>
    <message>
        <source>the bag has no {file}</source>
        <translation>ليس في الحقيبة {file}</translation>
    </message>
    <message>
        <source>{file} is too big</source>
        <translation>{file} كبير جدًا</translation>
    </message>
    <message>
        <source>{file} is not UTF-8</source>
        <translation>{file} ليس بترميز UTF-8</translation>
    </message>
    <message>
        <source>bagit.txt: BagIt version {version}, not 1.0</source>
        <translation>bagit.txt: إصدار BagIt هو {version}، لا 1.0</translation>
    </message>
    <message>
        <source>bagit.txt: tag files are not declared UTF-8</source>
        <translation>bagit.txt: لم يُصرَّح بأن ملفات الوصف بترميز UTF-8</translation>
    </message>
    <message>
        <source>{member}: its {algorithm} checksum does not match the manifest</source>
        <translation>{member}: مجموع التحقق {algorithm} الخاص به لا يطابق قائمة المحتويات</translation>
    </message>
    <message>
        <source>{manifest} does not list {member}</source>
        <translation>{manifest} لا يذكر {member}</translation>
    </message>
    <message>
        <source>{manifest} lists “{member}”, which is not a tag file here</source>
        <translation>{manifest} يذكر «{member}»، وليس ملف وصف هنا</translation>
    </message>
    <message>
        <source>{member}: its {algorithm} checksum does not match the tag manifest</source>
        <translation>{member}: مجموع التحقق {algorithm} الخاص به لا يطابق قائمة ملفات الوصف</translation>
    </message>
    <message>
        <source>bag-info.txt: Payload-Oxum {oxum} does not match the payload ({actual})</source>
        <translation>bag-info.txt: قيمة Payload-Oxum ‏{oxum} لا تطابق المحتوى ({actual})</translation>
    </message>
    <message>
        <source>the bag has no data/ folder</source>
        <translation>ليس في الحقيبة مجلد data/</translation>
    </message>
    <message>
        <source>{manifest} lists “{member}”, which is not in the bag</source>
        <translation>{manifest} يذكر «{member}»، وليس في الحقيبة</translation>
    </message>
    <message>
        <source>“{member}” is in the bag but not in {manifest}</source>
        <translation>«{member}» في الحقيبة وليس في {manifest}</translation>
    </message>
    <message>
        <source>{file}: “{line}” is not “Label: value”</source>
        <translation>{file}: «{line}» ليس بصيغة «Label: value»</translation>
    </message>
    <message>
        <source>{file}: “{line}” is not a checksum and a safe path</source>
        <translation>{file}: «{line}» ليس مجموع تحقق ومسارًا آمنًا</translation>
    </message>
    <message>
        <source>{file} lists “{member}” twice</source>
        <translation>{file} يذكر «{member}» مرتين</translation>
    </message>
    <message>
        <source>the bundle has no {file}</source>
        <translation>ليس في الحزمة {file}</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>ليس بترميز UTF-8</translation>
    </message>
    <message>
        <source>not in Pressmark&apos;s normalised form (NFC, LF line ends, no BOM)</source>
        <translation>ليس بالصيغة الموحّدة في Pressmark ‏(NFC، ونهايات أسطر LF، وبلا BOM)</translation>
    </message>
    <message>
        <source>document {uuid}: its original “{original}” is not named by its SHA-256</source>
        <translation>الوثيقة {uuid}: ملفها الأصلي «{original}» غير مسمّى ببصمة SHA-256 الخاصة به</translation>
    </message>
    <message>
        <source>its content does not match its SHA-256</source>
        <translation>محتواه لا يطابق بصمة SHA-256 الخاصة به</translation>
    </message>
    <message>
        <source>its {kind} {uuid} has the id of a {local_kind} in this catalogue (an id names one record of one kind): the bundle was altered; ask its sender for a new export</source>
        <translation>فيها سجل ({kind}) {uuid} يحمل معرّف سجل ({local_kind}) في هذا الفهرس (والمعرّف يسمّي سجلًا واحدًا من نوع واحد): عُدّلت الحزمة؛ اطلب من مرسلها تصديرًا جديدًا</translation>
    </message>
    <message>
        <source>records.json: not an object</source>
        <translation>records.json: ليس كائنًا</translation>
    </message>
    <message>
        <source>records.json: not a Pressmark bundle (format is not “pressmark-bundle”)</source>
        <translation>records.json: ليست حزمة Pressmark (الصيغة ليست «pressmark-bundle»)</translation>
    </message>
    <message>
        <source>records.json: no valid format version</source>
        <translation>records.json: لا إصدار صالحًا للصيغة</translation>
    </message>
    <message>
        <source>records.json: made by a newer Pressmark (format {version}); upgrade Pressmark</source>
        <translation>records.json: من صنع إصدار أحدث من Pressmark (الصيغة {version})؛ حدّث Pressmark</translation>
    </message>
    <message>
        <source>records.json: revision {revision}: unknown type or action</source>
        <translation>records.json: المراجعة {revision}: نوع أو إجراء غير معروف</translation>
    </message>
    <message>
        <source>records.json: names the revision of quote {uuid}, which the bundle does not carry</source>
        <translation>records.json: يذكر مراجعة الاقتباس {uuid}، والحزمة لا تحمله</translation>
    </message>
    <message>
        <source>records.json: names two revisions of quote {uuid}</source>
        <translation>records.json: يذكر مراجعتين للاقتباس {uuid}</translation>
    </message>
    <message>
        <source>two {kind}s share the id {uuid}</source>
        <translation>سجلان من نوع {kind} يتشاركان المعرّف {uuid}</translation>
    </message>
    <message>
        <source>the id {uuid} names both a {first_kind} and a {kind}: an id names one record of one kind</source>
        <translation>المعرّف {uuid} يسمّي سجلًا من نوع {first_kind} وسجلًا من نوع {kind}: والمعرّف يسمّي سجلًا واحدًا من نوع واحد</translation>
    </message>
    <message>
        <source>{where} refers to {what} {uuid}, which the bundle does not carry</source>
        <translation>يشير {where} إلى {what} {uuid}، وهو ما لا تحمله الحزمة</translation>
    </message>
    <message>
        <source>the parent tag</source>
        <translation>الوسم الأب</translation>
    </message>
    <message>
        <source>the tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>the speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>the actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <source>a document–actor link</source>
        <translation>رابط بين وثيقة وفاعل</translation>
    </message>
    <message>
        <source>a relation</source>
        <translation>علاقة</translation>
    </message>
    <message>
        <source>{item} #{index}</source>
        <translation>{item} رقم {index}</translation>
    </message>
    <message>
        <source>{item} {uuid}</source>
        <translation>{item} {uuid}</translation>
    </message>
    <message>
        <source>link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>علاقة</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>quote revision</source>
        <translation>مراجعة اقتباس</translation>
    </message>
    <message>
        <source>record</source>
        <translation>سجل</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>تعليق توضيحي</translation>
    </message>
    <message>
        <source>{where}: {field}</source>
        <translation>{where}: {field}</translation>
    </message>
    <message>
        <source>a relation of actor {uuid} has no name</source>
        <translation>علاقة للفاعل {uuid} بلا اسم</translation>
    </message>
    <message>
        <source>tag {uuid} (“{name}”) is its own ancestor</source>
        <translation>الوسم {uuid} («{name}») سلف لنفسه</translation>
    </message>
    <message>
        <source>tag {uuid} (“{name}”) lies more than {most} levels deep; Pressmark keeps tags at most {most} levels deep</source>
        <translation>الوسم {uuid} («{name}») يقع على عمق يزيد على {most} من المستويات؛ ولا يحفظ Pressmark الوسوم على عمق يزيد على {most} من المستويات</translation>
    </message>
    <message>
        <source>two tags are called “{name}” under the same parent</source>
        <translation>وسمان يحملان الاسم «{name}» تحت الأب نفسه</translation>
    </message>
    <message>
        <source>{where}: “{value}” is not an id (a UUID)</source>
        <translation>{where}: «{value}» ليس معرّفًا (UUID)</translation>
    </message>
    <message>
        <source>actor {uuid}: “{value}” is not an actor type</source>
        <translation>الفاعل {uuid}: «{value}» ليس نوع فاعل</translation>
    </message>
    <message>
        <source>actor {uuid}: no name</source>
        <translation>الفاعل {uuid}: بلا اسم</translation>
    </message>
    <message>
        <source>tag {uuid}: “{name}” is not a tag name</source>
        <translation>الوسم {uuid}: «{name}» ليس اسم وسم</translation>
    </message>
    <message>
        <source>tag {uuid}: “{colour}” is not a colour like #c0392b</source>
        <translation>الوسم {uuid}: «{colour}» ليس لونًا مثل #c0392b</translation>
    </message>
    <message>
        <source>a link of document {uuid}: “{value}” is not a role</source>
        <translation>رابط للوثيقة {uuid}: «{value}» ليس دورًا</translation>
    </message>
    <message>
        <source>document {uuid}: original_sha256 is not a SHA-256</source>
        <translation>الوثيقة {uuid}: قيمة original_sha256 ليست بصمة SHA-256</translation>
    </message>
    <message>
        <source>document {uuid}: “{value}” is not a page kind</source>
        <translation>الوثيقة {uuid}: «{value}» ليس نوع صفحة</translation>
    </message>
    <message>
        <source>document {uuid}: {reason}</source>
        <translation>الوثيقة {uuid}: {reason}</translation>
    </message>
    <message>
        <source>{where}: “{value}” is not a quote kind</source>
        <translation>{where}: «{value}» ليس نوع اقتباس</translation>
    </message>
    <message>
        <source>records.json: “{key}” is not a list</source>
        <translation>records.json: «{key}» ليس قائمة</translation>
    </message>
    <message>
        <source>{where}: unknown field “{field}”</source>
        <translation>{where}: حقل غير معروف «{field}»</translation>
    </message>
    <message>
        <source>records.json: {where} is not an object</source>
        <translation>records.json: {where} ليس كائنًا</translation>
    </message>
    <message>
        <source>{where}: no “{field}”</source>
        <translation>{where}: ليس فيه «{field}»</translation>
    </message>
    <message>
        <source>{where} is not text</source>
        <translation>{where} ليس نصًا</translation>
    </message>
    <message>
        <source>{where} is longer than {most} characters</source>
        <translation>{where} أطول من {most} محرف</translation>
    </message>
    <message>
        <source>{where} is not a whole number</source>
        <translation>{where} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{where} is not a revision id (32 hexadecimal digits)</source>
        <translation>{where} ليس معرّف مراجعة (32 رقمًا ست عشريًا)</translation>
    </message>
    <message>
        <source>{where} is not a list</source>
        <translation>{where} ليس قائمة</translation>
    </message>
    <message>
        <source>{where}: an entry is not a [scheme, value] pair</source>
        <translation>{where}: مدخل ليس زوجًا [scheme, value]</translation>
    </message>
    <message>
        <source>{where}: “{value}” is not a date and time</source>
        <translation>{where}: «{value}» ليس تاريخًا ووقتًا</translation>
    </message>
    <message>
        <source>annotations.jsonld: not an AnnotationCollection</source>
        <translation>annotations.jsonld: ليس AnnotationCollection</translation>
    </message>
    <message>
        <source>annotations.jsonld: @context is not {context}</source>
        <translation>annotations.jsonld: قيمة @context ليست {context}</translation>
    </message>
    <message>
        <source>annotations.jsonld: “first” is not an embedded AnnotationPage with items</source>
        <translation>annotations.jsonld: «first» ليس AnnotationPage مضمّنة فيها عناصر</translation>
    </message>
    <message>
        <source>annotations.jsonld: only one embedded page is supported</source>
        <translation>annotations.jsonld: لا تُدعم إلا صفحة مضمّنة واحدة</translation>
    </message>
    <message>
        <source>annotations.jsonld: total says {total} but the page holds {count}</source>
        <translation>annotations.jsonld: قيمة «total» هي {total} والصفحة تحوي {count}</translation>
    </message>
    <message>
        <source>not an Annotation</source>
        <translation>ليس Annotation</translation>
    </message>
    <message>
        <source>the target is not a SpecificResource</source>
        <translation>الهدف ليس SpecificResource</translation>
    </message>
    <message>
        <source>targets document {uuid}, which the bundle does not carry</source>
        <translation>يستهدف الوثيقة {uuid}، والحزمة لا تحملها</translation>
    </message>
    <message>
        <source>the TextPositionSelector&apos;s start and end are not whole numbers</source>
        <translation>بداية TextPositionSelector ونهايته ليستا عددين صحيحين</translation>
    </message>
    <message>
        <source>positions {start}–{end} lie outside the text (0–{length})</source>
        <translation>الموضعان {start}–{end} خارج النص (0–{length})</translation>
    </message>
    <message>
        <source>the text at {start}–{end} is not the quoted words</source>
        <translation>النص عند {start}–{end} ليس الكلمات المقتبسة</translation>
    </message>
    <message>
        <source>the {key} is not text</source>
        <translation>قيمة {key} ليست نصًا</translation>
    </message>
    <message>
        <source>the target has no list of selectors</source>
        <translation>ليست للهدف قائمة محدِّدات</translation>
    </message>
    <message>
        <source>a selector is not an object with a type</source>
        <translation>محدِّد ليس كائنًا له نوع</translation>
    </message>
    <message>
        <source>two {type}s</source>
        <translation>محدِّدان من نوع {type}</translation>
    </message>
    <message>
        <source>needs exactly one TextQuoteSelector and one TextPositionSelector</source>
        <translation>يحتاج إلى TextQuoteSelector واحد وTextPositionSelector واحد بالضبط</translation>
    </message>
    <message>
        <source>the TextQuoteSelector has no exact text</source>
        <translation>ليس لـTextQuoteSelector نص «exact»</translation>
    </message>
    <message>
        <source>the body is not a list</source>
        <translation>قيمة «body» ليست قائمة</translation>
    </message>
    <message>
        <source>a body is not an object</source>
        <translation>عنصر «body» ليس كائنًا</translation>
    </message>
    <message>
        <source>two {purpose} bodies</source>
        <translation>عنصرا «body» بالغرض {purpose}</translation>
    </message>
    <message>
        <source>its speaker {uuid} is not in the bundle</source>
        <translation>متحدثه {uuid} ليس في الحزمة</translation>
    </message>
    <message>
        <source>a {purpose} body is not a TextualBody with a value</source>
        <translation>عنصر «body» بالغرض {purpose} ليس TextualBody له قيمة</translation>
    </message>
    <message>
        <source>the tag “{path}” is not in the bundle&apos;s tags</source>
        <translation>الوسم «{path}» ليس بين وسوم الحزمة</translation>
    </message>
    <message>
        <source>a body&apos;s purpose “{purpose}” is not one Pressmark reads</source>
        <translation>غرض «body» وهو «{purpose}» ليس مما يقرؤه Pressmark</translation>
    </message>
    <message>
        <source>“{value}” is not a urn:uuid: id</source>
        <translation>«{value}» ليس معرّف urn:uuid:</translation>
    </message>
    <message>
        <source>{count} {skipped}</source>
        <translation>{skipped}: {count}</translation>
    </message>
    <message>
        <source>both have the identifier {identifier}</source>
        <translation>لكليهما المعرّف {identifier}</translation>
    </message>
    <message>
        <source>both are called “{name}”</source>
        <translation>كلاهما باسم «{name}»</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” differ only in titles, accents or punctuation</source>
        <translation>لا يختلف «{first}» و«{second}» إلا في الألقاب أو علامات التشكيل أو الترقيم</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” have the same words in another order</source>
        <translation>في «{first}» و«{second}» الكلمات نفسها بترتيب آخر</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” are spelt alike (another transliteration?)</source>
        <translation>«{first}» و«{second}» متشابهان في الكتابة (نقحرة أخرى؟)</translation>
    </message>
    <message>
        <source>“{short}” may be “{long}” with initials</source>
        <translation>قد يكون «{short}» هو «{long}» بالأحرف الأولى</translation>
    </message>
    <message>
        <source>“{short}” is a shorter form of “{long}”</source>
        <translation>«{short}» صيغة مختصرة من «{long}»</translation>
    </message>
    <message>
        <source>“{short}” is part of “{long}”</source>
        <translation>«{short}» جزء من «{long}»</translation>
    </message>
    <message>
        <source>“{short}” are the initials of “{long}”</source>
        <translation>«{short}» هي الأحرف الأولى من «{long}»</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” are spelt nearly alike</source>
        <translation>«{first}» و«{second}» متقاربان جدًا في الكتابة</translation>
    </message>
    <message>
        <source>the statements file was {reason}; it was rebuilt from the texts</source>
        <translation>ملف التصريحات: {reason}؛ فأُعيد بناؤه من النصوص</translation>
    </message>
    <message>
        <source>the statements file was damaged ({reason}); it was rebuilt from the texts</source>
        <translation>كان ملف التصريحات تالفًا ({reason})؛ فأُعيد بناؤه من النصوص</translation>
    </message>
    <message>
        <source>{path}: the statements file is {reason}, and a read-only catalogue cannot build it</source>
        <translation>{path}: ملف التصريحات {reason}، والفهرس المفتوح للقراءة فقط لا يستطيع بناءه</translation>
    </message>
    <message>
        <source>the database is damaged; run {check}, and {restore} to put back a backup</source>
        <translation>قاعدة البيانات تالفة؛ استخدم {check}، و{restore} لإعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>{path}: the catalogue folder is damaged: `{folder}` is a file, not a folder: move that file elsewhere and put the `{folder}` folder back from a copy, then run {check}</source>
        <translation>{path}: مجلد الفهرس تالف: `{folder}` ملف وليس مجلدًا: انقل هذا الملف إلى مكان آخر وأعِد المجلد `{folder}` من نسخة، ثم استخدم {check}</translation>
    </message>
    <message>
        <source>repairing cannot mend the database file: put back the newest backup with {command}</source>
        <translation>لا يستطيع الإصلاح ترميم ملف قاعدة البيانات: أعِد أحدث نسخة احتياطية من {command}</translation>
    </message>
    <message>
        <source>no citation style given: name one, e.g. apa, chicago-author-date or mla</source>
        <translation>لم يُذكر أسلوب إحالة: اذكر واحدًا، مثل apa أو chicago-author-date أو mla</translation>
    </message>
    <message>
        <source>“{name}” is not a citation style; did you mean {close}?</source>
        <translation>«{name}» ليس أسلوب إحالة؛ هل تقصد {close}؟</translation>
    </message>
    <message>
        <source>“{name}” is not a citation style; {step} lists the common ones</source>
        <translation>«{name}» ليس أسلوب إحالة؛ تجد الأساليب الشائعة في {step}</translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>اقتباس مباشر</translation>
    </message>
    <message>
        <source>Pull quote</source>
        <translation>اقتباس بارز</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>مقتطف</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>الاقتباسات المباشرة</translation>
    </message>
    <message>
        <source>Pull quotes</source>
        <translation>الاقتباسات البارزة</translation>
    </message>
    <message>
        <source>Excerpts</source>
        <translation>المقتطفات</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>{group} by {speaker}</source>
        <translation>{group} على لسان {speaker}</translation>
    </message>
    <message>
        <source>{group} by an unknown speaker</source>
        <translation>{group} على لسان متحدث غير معروف</translation>
    </message>
    <message>
        <source>{group}: {name}</source>
        <translation>{group}: {name}</translation>
    </message>
    <message>
        <source>{described} (no name given)</source>
        <translation>{described} (دون ذكر الاسم)</translation>
    </message>
    <message>
        <source>attribution words: “{cue}”</source>
        <translation>كلمات الإسناد: «{cue}»</translation>
    </message>
    <message>
        <source>quotation marks only, no attribution words</source>
        <translation>علامات تنصيص فقط، بلا كلمات إسناد</translation>
    </message>
    <message>
        <source>marked as a pull quote by the page</source>
        <translation>ميّزته الصفحة اقتباسًا بارزًا</translation>
    </message>
    <message>
        <source>marked as a pull quote by the page; “{cue}”</source>
        <translation>ميّزته الصفحة اقتباسًا بارزًا؛ «{cue}»</translation>
    </message>
    <message>
        <source>not mentioned by name</source>
        <translation>لم يُذكر باسمه</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>مقتبَس منه</translation>
    </message>
    <message>
        <source>already in the catalogue as {name}</source>
        <translation>موجود في الفهرس من قبل باسم {name}</translation>
    </message>
    <message>
        <source>{title}: “{exact}”</source>
        <translation>{title}: «{exact}»</translation>
    </message>
    <message>
        <source>{words} — {evidence}; confidence {confidence}</source>
        <translation>{words} — {evidence}؛ الثقة {confidence}</translation>
    </message>
    <message numerus="yes">
        <source>%n mention</source>
        <translation>
            <numerusform>%n إشارة</numerusform>
            <numerusform>إشارة واحدة</numerusform>
            <numerusform>إشارتان</numerusform>
            <numerusform>%n إشارات</numerusform>
            <numerusform>%n إشارةً</numerusform>
            <numerusform>%n إشارة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <translation>
            <numerusform>%n إشارة</numerusform>
            <numerusform>إشارة واحدة</numerusform>
            <numerusform>إشارتان</numerusform>
            <numerusform>%n إشارات</numerusform>
            <numerusform>%n إشارةً</numerusform>
            <numerusform>%n إشارة</numerusform>
        </translation>
    </message>
    <message>
        <source>imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <source>enriched</source>
        <translation>أُكملت بياناته</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>موجود من قبل</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>متخطّى</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>تعذّر</translation>
    </message>
    <message>
        <source>quotations</source>
        <translation>الاقتباسات المباشرة</translation>
    </message>
    <message>
        <source>pull quotes</source>
        <translation>الاقتباسات البارزة</translation>
    </message>
    <message>
        <source>excerpts</source>
        <translation>المقتطفات</translation>
    </message>
    <message>
        <source>people</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>فاعل</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>script</source>
        <translation>نص برمجي</translation>
    </message>
    <message>
        <source>style sheet</source>
        <translation>ورقة أنماط</translation>
    </message>
    <message>
        <source>data (JSON, XML, text)</source>
        <translation>بيانات (JSON وXML ونص)</translation>
    </message>
    <message>
        <source>font</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>audio or video</source>
        <translation>صوت أو فيديو</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>not a web page (DNS, FTP, …)</source>
        <translation>ليس صفحة ويب (DNS وFTP و…)</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>إعادة توجيه</translation>
    </message>
    <message>
        <source>error or other status</source>
        <translation>خطأ أو حالة أخرى</translation>
    </message>
    <message>
        <source>page over 16 MB</source>
        <translation>صفحة تتجاوز 16 ميغابايت</translation>
    </message>
    <message>
        <source>frame or page not in the WACZ&apos;s page list</source>
        <translation>إطار أو صفحة ليست في قائمة صفحات WACZ</translation>
    </message>
    <message>
        <source>revisit of something not a page</source>
        <translation>زيارة متكررة لشيء ليس صفحة</translation>
    </message>
    <message>
        <source>revisit of a page not imported from this archive</source>
        <translation>زيارة متكررة لصفحة لم تُستورد من هذا الأرشيف</translation>
    </message>
    <message>
        <source>HTML with no text</source>
        <translation>HTML بلا نص</translation>
    </message>
    <message>
        <source>HTML with little text (a frame, widget or error page)</source>
        <translation>HTML بنص قليل (إطار أو أداة أو صفحة خطأ)</translation>
    </message>
    <message>
        <source>saved search</source>
        <translation>بحث محفوظ</translation>
    </message>
</context>
<context>
    <name>CentrePanel</name>
    <message>
        <source>Nothing found</source>
        <translation>لم يُعثر على شيء</translation>
    </message>
    <message>
        <source>Nothing matches “{query}”</source>
        <translation>لا شيء يطابق «{query}»</translation>
    </message>
    <message>
        <source>drop a filter (tag:, speaker:, date:…) to widen the search</source>
        <translation>أزل عامل تصفية (tag: أو speaker: أو date:…) لتوسيع البحث</translation>
    </message>
    <message>
        <source>use fewer words: every word must be found</source>
        <translation>استخدم كلمات أقل: يجب العثور على كل كلمة</translation>
    </message>
    <message>
        <source>try another form of the word, or a prefix with * (archiv*)</source>
        <translation>جرّب صيغة أخرى للكلمة، أو بادئة متبوعة بـ * (archiv*)</translation>
    </message>
    <message>
        <source>put a phrase in quotation marks only when its words must be side by side</source>
        <translation>ضع العبارة بين علامتي تنصيص فقط إذا وجب أن تتجاور كلماتها</translation>
    </message>
    <message>
        <source>Try: {tips}.</source>
        <translation>جرّب: {tips}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message numerus="yes">
        <source>%n index entry</source>
        <translation>
            <numerusform>%n مدخل في فهرس البحث</numerusform>
            <numerusform>مدخل واحد في فهرس البحث</numerusform>
            <numerusform>مدخلان في فهرس البحث</numerusform>
            <numerusform>%n مدخلات في فهرس البحث</numerusform>
            <numerusform>%n مدخلًا في فهرس البحث</numerusform>
            <numerusform>%n مدخل في فهرس البحث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n index entries</source>
        <translation>
            <numerusform>%n مدخل في فهرس البحث</numerusform>
            <numerusform>مدخل واحد في فهرس البحث</numerusform>
            <numerusform>مدخلان في فهرس البحث</numerusform>
            <numerusform>%n مدخلات في فهرس البحث</numerusform>
            <numerusform>%n مدخلًا في فهرس البحث</numerusform>
            <numerusform>%n مدخل في فهرس البحث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision</source>
        <translation>
            <numerusform>%n مراجعة</numerusform>
            <numerusform>مراجعة واحدة</numerusform>
            <numerusform>مراجعتان</numerusform>
            <numerusform>%n مراجعات</numerusform>
            <numerusform>%n مراجعةً</numerusform>
            <numerusform>%n مراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revisions</source>
        <translation>
            <numerusform>%n مراجعة</numerusform>
            <numerusform>مراجعة واحدة</numerusform>
            <numerusform>مراجعتان</numerusform>
            <numerusform>%n مراجعات</numerusform>
            <numerusform>%n مراجعةً</numerusform>
            <numerusform>%n مراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لم يُعثر على أي مشكلة.</translation>
    </message>
    <message numerus="yes">
        <source>{repaired} of %n problem repaired.</source>
        <translation>
            <numerusform>أُصلح {repaired} من %n مشكلة.</numerusform>
            <numerusform>أُصلح {repaired} من مشكلة واحدة.</numerusform>
            <numerusform>أُصلح {repaired} من مشكلتين.</numerusform>
            <numerusform>أُصلح {repaired} من %n مشكلات.</numerusform>
            <numerusform>أُصلح {repaired} من %n مشكلة.</numerusform>
            <numerusform>أُصلح {repaired} من %n مشكلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{repaired} of %n problems repaired.</source>
        <translation>
            <numerusform>أُصلح {repaired} من %n مشكلة.</numerusform>
            <numerusform>أُصلح {repaired} من مشكلة واحدة.</numerusform>
            <numerusform>أُصلح {repaired} من مشكلتين.</numerusform>
            <numerusform>أُصلح {repaired} من %n مشكلات.</numerusform>
            <numerusform>أُصلح {repaired} من %n مشكلة.</numerusform>
            <numerusform>أُصلح {repaired} من %n مشكلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem found.</source>
        <translation>
            <numerusform>عُثر على %n مشكلة.</numerusform>
            <numerusform>عُثر على مشكلة واحدة.</numerusform>
            <numerusform>عُثر على مشكلتين.</numerusform>
            <numerusform>عُثر على %n مشكلات.</numerusform>
            <numerusform>عُثر على %n مشكلة.</numerusform>
            <numerusform>عُثر على %n مشكلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems found.</source>
        <translation>
            <numerusform>عُثر على %n مشكلة.</numerusform>
            <numerusform>عُثر على مشكلة واحدة.</numerusform>
            <numerusform>عُثر على مشكلتين.</numerusform>
            <numerusform>عُثر على %n مشكلات.</numerusform>
            <numerusform>عُثر على %n مشكلة.</numerusform>
            <numerusform>عُثر على %n مشكلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repair cannot fix %n of them: it says what it needs.</source>
        <translation>
            <numerusform>لا يستطيع الإصلاح معالجة %n منها: كلٌّ منها يذكر ما يحتاج إليه.</numerusform>
            <numerusform>لا يستطيع الإصلاح معالجة واحدة منها: وهي تذكر ما تحتاج إليه.</numerusform>
            <numerusform>لا يستطيع الإصلاح معالجة اثنتين منها: كلٌّ منهما يذكر ما يحتاج إليه.</numerusform>
            <numerusform>لا يستطيع الإصلاح معالجة %n منها: كلٌّ منها يذكر ما يحتاج إليه.</numerusform>
            <numerusform>لا يستطيع الإصلاح معالجة %n منها: كلٌّ منها يذكر ما يحتاج إليه.</numerusform>
            <numerusform>لا يستطيع الإصلاح معالجة %n منها: كلٌّ منها يذكر ما يحتاج إليه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repair cannot fix %n of them: each says what it needs.</source>
        <translation>
            <numerusform>لا يستطيع الإصلاح معالجة %n منها: كلٌّ منها يذكر ما يحتاج إليه.</numerusform>
            <numerusform>لا يستطيع الإصلاح معالجة واحدة منها: وهي تذكر ما تحتاج إليه.</numerusform>
            <numerusform>لا يستطيع الإصلاح معالجة اثنتين منها: كلٌّ منهما يذكر ما يحتاج إليه.</numerusform>
            <numerusform>لا يستطيع الإصلاح معالجة %n منها: كلٌّ منها يذكر ما يحتاج إليه.</numerusform>
            <numerusform>لا يستطيع الإصلاح معالجة %n منها: كلٌّ منها يذكر ما يحتاج إليه.</numerusform>
            <numerusform>لا يستطيع الإصلاح معالجة %n منها: كلٌّ منها يذكر ما يحتاج إليه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked {checked}.</source>
        <translation>فُحص: {checked}.</translation>
    </message>
    <message>
        <source>{problem} (repaired)</source>
        <translation>{problem} (تم الإصلاح)</translation>
    </message>
    <message>
        <source>{problem}. {needs}</source>
        <translation>{problem}. {needs}</translation>
    </message>
</context>
<context>
    <name>Citing</name>
    <message>
        <source>Citation style</source>
        <translation>أسلوب الإحالة</translation>
    </message>
    <message>
        <source>Citations now in the style “{style}”.</source>
        <translation>صارت الإحالات بأسلوب «{style}».</translation>
    </message>
    <message>
        <source>Name of a CSL style (e.g. chicago-notes-bibliography, elsevier-harvard):</source>
        <translation>اسم أسلوب CSL (مثل chicago-notes-bibliography أو elsevier-harvard):</translation>
    </message>
    <message>
        <source>Select a document or a quote to cite.</source>
        <translation>حدد وثيقة أو اقتباسًا للإحالة إليه.</translation>
    </message>
    <message>
        <source>Copied the bibliography ({style}).</source>
        <translation>نُسخت قائمة المراجع ({style}).</translation>
    </message>
    <message>
        <source>Copied the citation ({style}).</source>
        <translation>نُسخت الإحالة ({style}).</translation>
    </message>
    <message>
        <source>Citing</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>Could not copy the citation</source>
        <translation>تعذّر نسخ الإحالة</translation>
    </message>
    <message>
        <source>Bibliography written: {path}</source>
        <translation>كُتبت قائمة المراجع: {path}</translation>
    </message>
    <message>
        <source>Writing a bibliography</source>
        <translation>كتابة قائمة المراجع</translation>
    </message>
    <message>
        <source>Could not export the bibliography</source>
        <translation>تعذّر تصدير قائمة المراجع</translation>
    </message>
    <message>
        <source>Citation st&amp;yle</source>
        <translation>أسلو&amp;ب الإحالة</translation>
    </message>
    <message>
        <source>&amp;Other style…</source>
        <translation>أسلوب &amp;آخر…</translation>
    </message>
</context>
<context>
    <name>CoQuotationGraph</name>
    <message>
        <source>No speakers are quoted together yet.</source>
        <translation>لا متحدثين اقتُبسوا معًا بعد.</translation>
    </message>
    <message>
        <source>Quoted together</source>
        <translation>اقتُبسوا معًا</translation>
    </message>
    <message>
        <source>Reading who is quoted with whom…</source>
        <translation>قراءة من اقتُبس مع من…</translation>
    </message>
    <message>
        <source>Speakers quoted together</source>
        <translation>متحدثون اقتُبسوا معًا</translation>
    </message>
    <message>
        <source>Reading co-quotations</source>
        <translation>قراءة الاقتباسات المشتركة</translation>
    </message>
    <message>
        <source>{speakers} speakers, {pairs} pairs quoted in the same documents</source>
        <translation>المتحدثون: {speakers}، والأزواج المقتبسة في الوثائق نفسها: {pairs}</translation>
    </message>
    <message>
        <source>{speakers} speakers from the pairs that share the most documents. Larger circles: more quotes; thicker lines: more documents in common. Click a speaker to list it.</source>
        <translation>المتحدثون: {speakers}، من الأزواج التي تشترك في أكبر عدد من الوثائق. الدوائر الأكبر: اقتباسات أكثر؛ الخطوط الأسمك: وثائق مشتركة أكثر. انقر متحدثًا لعرضه في القائمة.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>المطبوعة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>المؤلفون</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>نسختهم</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>كلتاهما</translation>
    </message>
    <message>
        <source>matched by text</source>
        <translation>طوبق بالنص</translation>
    </message>
    <message>
        <source>matched by URL</source>
        <translation>طوبق بالرابط</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>طوبق بالاسم</translation>
    </message>
    <message>
        <source>matched by identifier</source>
        <translation>طوبق بالمعرّف</translation>
    </message>
    <message>
        <source>matched by path</source>
        <translation>طوبق بالمسار</translation>
    </message>
    <message>
        <source>matched by position</source>
        <translation>طوبق بالموضع</translation>
    </message>
    <message>
        <source>matched by its copy kept beside yours earlier</source>
        <translation>طوبق بنسخته التي حُفظت بجانب نسختك من قبل</translation>
    </message>
    <message>
        <source>{kind}: {label}</source>
        <translation>{kind}: {label}</translation>
    </message>
    <message>
        <source>matched by {how}</source>
        <translation>طوبق حسب: {how}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>الاختيار</translation>
    </message>
    <message>
        <source>{choice} (bulk)</source>
        <translation>{choice} (الاختيار الجماعي)</translation>
    </message>
    <message>
        <source>Differs in {fields}</source>
        <translation>يختلف في: {fields}</translation>
    </message>
    <message>
        <source>{choice}: your choice for this record</source>
        <translation>{choice}: اختيارك لهذا السجل</translation>
    </message>
    <message>
        <source>{choice}: the bulk choice, below</source>
        <translation>{choice}: الاختيار الجماعي، في الأسفل</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;نسختي</translation>
    </message>
    <message>
        <source>&amp;Theirs</source>
        <translation>ن&amp;سختهم</translation>
    </message>
    <message>
        <source>B&amp;oth</source>
        <translation>&amp;كلتاهما</translation>
    </message>
    <message>
        <source>Keep your version of this record</source>
        <translation>الإبقاء على نسختك من هذا السجل</translation>
    </message>
    <message>
        <source>Take the bundle&apos;s version of this record</source>
        <translation>أخذ نسخة الحزمة من هذا السجل</translation>
    </message>
    <message>
        <source>Keep yours and add the bundle&apos;s version beside it</source>
        <translation>الإبقاء على نسختك وإضافة نسخة الحزمة بجانبها</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Records edited both here and in the bundle; choose which version to keep for each</source>
        <translation>سجلات عُدّلت هنا وفي الحزمة معًا؛ اختر النسخة التي تبقيها لكل منها</translation>
    </message>
    <message>
        <source>Yours and theirs</source>
        <translation>نسختك ونسختهم</translation>
    </message>
    <message>
        <source>For this record:</source>
        <translation>لهذا السجل:</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>لا تعارضات.</translation>
    </message>
    <message>
        <source>Changed here and in the bundle since the version both share.</source>
        <translation>تغيّر هنا وفي الحزمة منذ النسخة المشتركة بينهما.</translation>
    </message>
    <message>
        <source>No shared version to compare with: only yours and theirs are known.</source>
        <translation>لا نسخة مشتركة للمقارنة بها: المعروف نسختك ونسختهم فقط.</translation>
    </message>
    <message>
        <source>{matched}.</source>
        <translation>{matched}.</translation>
    </message>
    <message>
        <source>{detail}.</source>
        <translation>{detail}.</translation>
    </message>
    <message>
        <source>(your choice)</source>
        <translation>(اختيارك)</translation>
    </message>
    <message>
        <source>(the bulk choice)</source>
        <translation>(الاختيار الجماعي)</translation>
    </message>
    <message>
        <source>Not for this record: a tag is never kept twice</source>
        <translation>لا يصلح لهذا السجل: الوسم لا يُحفظ مرتين أبدًا</translation>
    </message>
    <message>
        <source>Not for this record: a record merged with its shared history is kept once</source>
        <translation>لا يصلح لهذا السجل: السجل المدموج مع تاريخه المشترك يُحفظ مرة واحدة</translation>
    </message>
</context>
<context>
    <name>ConflictValuesModel</name>
    <message>
        <source>(no shared version)</source>
        <translation>(لا نسخة مشتركة)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Mine (here)</source>
        <translation>نسختي (هنا)</translation>
    </message>
    <message>
        <source>Theirs (bundle)</source>
        <translation>نسختهم (الحزمة)</translation>
    </message>
    <message>
        <source>Base (last shared)</source>
        <translation>الأساس (آخر نسخة مشتركة)</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>في سلة المهملات</translation>
    </message>
    <message>
        <source>not in the trash</source>
        <translation>ليس في سلة المهملات</translation>
    </message>
    <message>
        <source>(differs; not shown)</source>
        <translation>(مختلف؛ غير معروض)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>Document text</source>
        <translation>نص الوثيقة</translation>
    </message>
    <message>
        <source>The document, its quotes highlighted; select words and press Ctrl+Q to quote them</source>
        <translation>الوثيقة مع إبراز اقتباساتها؛ حدد كلمات واضغط Ctrl+Q لاقتباسها</translation>
    </message>
    <message>
        <source>Choose a document to read it here.</source>
        <translation>اختر وثيقة لقراءتها هنا.</translation>
    </message>
    <message>
        <source>Show proposals</source>
        <translation>إظهار المقترحات</translation>
    </message>
    <message>
        <source>Mark proposed quotes and actors in the text</source>
        <translation>تمييز الاقتباسات والفاعلين المقترحين في النص</translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>قبول المقترح</translation>
    </message>
    <message>
        <source>Edit proposal…</source>
        <translation>تحرير المقترح…</translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation>رفض المقترح</translation>
    </message>
    <message>
        <source>Next proposal</source>
        <translation>المقترح التالي</translation>
    </message>
    <message>
        <source>Previous proposal</source>
        <translation>المقترح السابق</translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <source>Keep</source>
        <translation>الإبقاء على</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>دمجه فيه</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Tools → Check catalogue</source>
        <translation>أدوات ← فحص الفهرس</translation>
    </message>
    <message>
        <source>Tools → Restore from backup</source>
        <translation>أدوات ← الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>File → Import files</source>
        <translation>ملف ← استيراد ملفات</translation>
    </message>
    <message>
        <source>Edit → Citation style</source>
        <translation>تحرير ← أسلوب الإحالة</translation>
    </message>
    <message>
        <source>{title}: something went wrong inside Pressmark.</source>
        <translation>{title}: حدث خطأ داخل Pressmark.</translation>
    </message>
    <message>
        <source>Your catalogue was not changed by the failed step.</source>
        <translation>لم تغيّر الخطوةُ الفاشلة فهرسك.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>A bundle is one .zip another Pressmark can import. It also opens without Pressmark: a reader in the browser, CSV and RIS tables, CSL-JSON, Web Annotations and a REFI-QDA project.</source>
        <translation>الحزمة ملف .zip واحد يستطيع Pressmark آخر استيراده. وتُفتح أيضًا دون Pressmark: قارئ في المتصفح، وجداول CSV وRIS، وCSL-JSON، وWeb Annotations، ومشروع REFI-QDA.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Tag to export</source>
        <translation>الوسم المراد تصديره</translation>
    </message>
    <message>
        <source>Documents tagged</source>
        <translation>الوثائق الموسومة بـ</translation>
    </message>
    <message>
        <source>Saved search to export</source>
        <translation>البحث المحفوظ المراد تصديره</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>بحث محفوظ</translation>
    </message>
    <message>
        <source>&lt;i&gt;(no search typed)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(لم يُكتب بحث)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The current search</source>
        <translation>البحث الحالي</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>حفظ باسم:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to export&lt;/b&gt;</source>
        <translation>&lt;b&gt;ما يُصدَّر&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>الحزم (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>The whole catalogue (%n document)</source>
        <translation>
            <numerusform>الفهرس كله (%n وثيقة)</numerusform>
            <numerusform>الفهرس كله (وثيقة واحدة)</numerusform>
            <numerusform>الفهرس كله (وثيقتان)</numerusform>
            <numerusform>الفهرس كله (%n وثائق)</numerusform>
            <numerusform>الفهرس كله (%n وثيقة)</numerusform>
            <numerusform>الفهرس كله (%n وثيقة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole catalogue (%n documents)</source>
        <translation>
            <numerusform>الفهرس كله (%n وثيقة)</numerusform>
            <numerusform>الفهرس كله (وثيقة واحدة)</numerusform>
            <numerusform>الفهرس كله (وثيقتان)</numerusform>
            <numerusform>الفهرس كله (%n وثائق)</numerusform>
            <numerusform>الفهرس كله (%n وثيقة)</numerusform>
            <numerusform>الفهرس كله (%n وثيقة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selection in the list (%n record)</source>
        <translation>
            <numerusform>التحديد في القائمة (%n سجل)</numerusform>
            <numerusform>التحديد في القائمة (سجل واحد)</numerusform>
            <numerusform>التحديد في القائمة (سجلان)</numerusform>
            <numerusform>التحديد في القائمة (%n سجلات)</numerusform>
            <numerusform>التحديد في القائمة (%n سجلًا)</numerusform>
            <numerusform>التحديد في القائمة (%n سجل)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selection in the list (%n records)</source>
        <translation>
            <numerusform>التحديد في القائمة (%n سجل)</numerusform>
            <numerusform>التحديد في القائمة (سجل واحد)</numerusform>
            <numerusform>التحديد في القائمة (سجلان)</numerusform>
            <numerusform>التحديد في القائمة (%n سجلات)</numerusform>
            <numerusform>التحديد في القائمة (%n سجلًا)</numerusform>
            <numerusform>التحديد في القائمة (%n سجل)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>The record&apos;s changes, newest first: when, who, what changed</source>
        <translation>تغييرات السجل، الأحدث أولًا: متى ومن وماذا تغيّر</translation>
    </message>
    <message>
        <source>Change details</source>
        <translation>تفاصيل التغيير</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>استعادة هذه النسخة</translation>
    </message>
    <message>
        <source>Put the record back as it was after the selected change (a new change: Edit → Undo takes it back)</source>
        <translation>إعادة السجل إلى ما كان عليه بعد التغيير المحدد (تغيير جديد: يلغيه «تحرير ← تراجع»)</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>جارٍ قراءة سجل التغييرات</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>تعذّرت قراءة سجل التغييرات</translation>
    </message>
    <message>
        <source>by {author}, {when}</source>
        <translation>أجراه {author} في {when}</translation>
    </message>
    <message>
        <source>Created with:</source>
        <translation>أُنشئ بما يلي:</translation>
    </message>
    <message>
        <source>What it held when it was removed:</source>
        <translation>ما كان يحويه حين أُزيل:</translation>
    </message>
    <message>
        <source>Restore an earlier version</source>
        <translation>استعادة نسخة سابقة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Keep your version; the bundle&apos;s values are ignored.</source>
        <translation>الإبقاء على نسختك؛ تُتجاهل قيم الحزمة.</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>أخذ نسختهم</translation>
    </message>
    <message>
        <source>Take the bundle&apos;s values (a document whose text differs is kept twice).</source>
        <translation>أخذ قيم الحزمة (الوثيقة التي يختلف نصها تُحفظ مرتين).</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>الإبقاء على كلتيهما</translation>
    </message>
    <message>
        <source>Keep yours and add the bundle&apos;s version beside it.</source>
        <translation>الإبقاء على نسختك وإضافة نسخة الحزمة بجانبها.</translation>
    </message>
    <message>
        <source>new: added</source>
        <translation>جديد: يُضاف</translation>
    </message>
    <message>
        <source>already here</source>
        <translation>موجود هنا</translation>
    </message>
    <message>
        <source>already here: tags or links added</source>
        <translation>موجود هنا: تُضاف وسوم أو روابط</translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>أُبقيت نسختي</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>متخطّى</translation>
    </message>
    <message>
        <source>took theirs</source>
        <translation>أُخذت نسختهم</translation>
    </message>
    <message>
        <source>kept both</source>
        <translation>أُبقي على كلتيهما</translation>
    </message>
    <message>
        <source>conflict: {resolution}</source>
        <translation>تعارض: {resolution}</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>differs in {fields}</source>
        <translation>يختلف في: {fields}</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>The bundle passed every check (checksums, records, texts). It holds {records}.</source>
        <translation>اجتازت الحزمة كل الفحوص (مجاميع التحقق والسجلات والنصوص). وهي تضم {records}.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>On import</source>
        <translation>عند الاستيراد</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>ما سيفعله الاستيراد</translation>
    </message>
    <message>
        <source>Show records that are already here unchanged</source>
        <translation>عرض السجلات الموجودة هنا دون تغيير</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>ال&amp;تعارضات</translation>
    </message>
    <message>
        <source>&amp;All records</source>
        <translation>&amp;كل السجلات</translation>
    </message>
    <message>
        <source>For every other conflict</source>
        <translation>لكل تعارض آخر</translation>
    </message>
    <message>
        <source>Edit → Undo takes the whole import back, the fields it overwrote included.</source>
        <translation>تحرير ← تراجع يلغي الاستيراد كله، بما فيه الحقول التي كتب فوقها.</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({count})</source>
        <translation>ال&amp;تعارضات ({count})</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>لا شيء للاستيراد</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>No conflicts: nothing to choose.</source>
        <translation>لا تعارضات: لا شيء للاختيار.</translation>
    </message>
    <message>
        <source>You have chosen for every conflict; this choice applies to none.</source>
        <translation>اخترت لكل تعارض؛ هذا الاختيار لا ينطبق على أي منها.</translation>
    </message>
    <message>
        <source>This choice applies to the conflict you have not decided one by one</source>
        <translation>ينطبق هذا الاختيار على التعارض الذي لم تقرر فيه منفردًا</translation>
    </message>
    <message>
        <source>This choice applies to the {count} conflicts you have not decided one by one</source>
        <translation>ينطبق هذا الاختيار على التعارضات التي لم تقرر فيها واحدًا واحدًا، وعددها {count}</translation>
    </message>
    <message>
        <source>you have chosen for {count} on the Conflicts tab</source>
        <translation>اخترت لـ{count} منها في تبويب التعارضات</translation>
    </message>
    <message>
        <source>{note} ({mine})</source>
        <translation>{note} ({mine})</translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}.</translation>
    </message>
    <message>
        <source>Working out what the import would do…</source>
        <translation>جارٍ تقدير ما سيفعله الاستيراد…</translation>
    </message>
    <message>
        <source>Would add {records}</source>
        <translation>سيُضاف: {records}</translation>
    </message>
    <message>
        <source>Added {records}</source>
        <translation>أُضيف: {records}</translation>
    </message>
    <message>
        <source>Would add nothing new</source>
        <translation>لن يُضاف شيء جديد</translation>
    </message>
    <message>
        <source>Added nothing new</source>
        <translation>لم يُضف شيء جديد</translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n سجل موجود هنا</numerusform>
            <numerusform>سجل واحد موجود هنا</numerusform>
            <numerusform>سجلان موجودان هنا</numerusform>
            <numerusform>%n سجلات موجودة هنا</numerusform>
            <numerusform>%n سجلًا موجودًا هنا</numerusform>
            <numerusform>%n سجل موجود هنا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict</source>
        <translation>
            <numerusform>%n تعارض</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n تعارض</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n سجل متخطّى</numerusform>
            <numerusform>سجل واحد متخطّى</numerusform>
            <numerusform>سجلان متخطّيان</numerusform>
            <numerusform>%n سجلات متخطّاة</numerusform>
            <numerusform>%n سجلًا متخطّى</numerusform>
            <numerusform>%n سجل متخطّى</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation>أُكملت بياناته</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>موجود من قبل</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>تعذّر</translation>
    </message>
    <message>
        <source>{count} imported</source>
        <translation>المستورد: {count}</translation>
    </message>
    <message>
        <source>{count} enriched</source>
        <translation>المُكمَّل: {count}</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>المتخطّى: {count}</translation>
    </message>
    <message>
        <source>{count} already in the catalogue</source>
        <translation>الموجود في الفهرس من قبل: {count}</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>المتعذّر: {count}</translation>
    </message>
    <message>
        <source>Articles, web archives, reference lists and projects</source>
        <translation>المقالات وأرشيفات الويب وقوائم المراجع والمشاريع</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Web archives</source>
        <translation>أرشيفات الويب</translation>
    </message>
    <message>
        <source>Reference lists: RIS, CSL-JSON</source>
        <translation>قوائم المراجع: RIS وCSL-JSON</translation>
    </message>
    <message>
        <source>REFI-QDA projects</source>
        <translation>مشاريع REFI-QDA</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>كل الملفات</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>Could not import the files</source>
        <translation>تعذّر استيراد الملفات</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>Nothing was imported: no files Pressmark can read were found.</source>
        <translation>لم يُستورد شيء: لم يُعثر على ملفات يستطيع Pressmark قراءتها.</translation>
    </message>
    <message>
        <source>{counts}.</source>
        <translation>{counts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n article imported</source>
        <translation>
            <numerusform>لم يُستورد أي مقال</numerusform>
            <numerusform>استُورد مقال واحد</numerusform>
            <numerusform>استُورد مقالان</numerusform>
            <numerusform>استُوردت %n مقالات</numerusform>
            <numerusform>استُورد %n مقالًا</numerusform>
            <numerusform>استُورد %n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles imported</source>
        <translation>
            <numerusform>لم يُستورد أي مقال</numerusform>
            <numerusform>استُورد مقال واحد</numerusform>
            <numerusform>استُورد مقالان</numerusform>
            <numerusform>استُوردت %n مقالات</numerusform>
            <numerusform>استُورد %n مقالًا</numerusform>
            <numerusform>استُورد %n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page kept as not an article (kind “page”)</source>
        <translation>
            <numerusform>لم تُحفظ أي صفحة على أنها ليست مقالًا (النوع «صفحة»)</numerusform>
            <numerusform>حُفظت صفحة واحدة على أنها ليست مقالًا (النوع «صفحة»)</numerusform>
            <numerusform>حُفظت صفحتان على أنهما ليستا مقالين (النوع «صفحة»)</numerusform>
            <numerusform>حُفظت %n صفحات على أنها ليست مقالات (النوع «صفحة»)</numerusform>
            <numerusform>حُفظت %n صفحةً على أنها ليست مقالات (النوع «صفحة»)</numerusform>
            <numerusform>حُفظت %n صفحة على أنها ليست مقالات (النوع «صفحة»)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages kept as not articles (kind “page”)</source>
        <translation>
            <numerusform>لم تُحفظ أي صفحة على أنها ليست مقالًا (النوع «صفحة»)</numerusform>
            <numerusform>حُفظت صفحة واحدة على أنها ليست مقالًا (النوع «صفحة»)</numerusform>
            <numerusform>حُفظت صفحتان على أنهما ليستا مقالين (النوع «صفحة»)</numerusform>
            <numerusform>حُفظت %n صفحات على أنها ليست مقالات (النوع «صفحة»)</numerusform>
            <numerusform>حُفظت %n صفحةً على أنها ليست مقالات (النوع «صفحة»)</numerusform>
            <numerusform>حُفظت %n صفحة على أنها ليست مقالات (النوع «صفحة»)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate</source>
        <translation>
            <numerusform>لا تكرار</numerusform>
            <numerusform>تكرار واحد</numerusform>
            <numerusform>تكراران</numerusform>
            <numerusform>%n تكرارات</numerusform>
            <numerusform>%n تكرارًا</numerusform>
            <numerusform>%n تكرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>لا تكرار</numerusform>
            <numerusform>تكرار واحد</numerusform>
            <numerusform>تكراران</numerusform>
            <numerusform>%n تكرارات</numerusform>
            <numerusform>%n تكرارًا</numerusform>
            <numerusform>%n تكرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure</source>
        <translation>
            <numerusform>لا إخفاق</numerusform>
            <numerusform>إخفاق واحد</numerusform>
            <numerusform>إخفاقان</numerusform>
            <numerusform>%n إخفاقات</numerusform>
            <numerusform>%n إخفاقًا</numerusform>
            <numerusform>%n إخفاق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failures</source>
        <translation>
            <numerusform>لا إخفاق</numerusform>
            <numerusform>إخفاق واحد</numerusform>
            <numerusform>إخفاقان</numerusform>
            <numerusform>%n إخفاقات</numerusform>
            <numerusform>%n إخفاقًا</numerusform>
            <numerusform>%n إخفاق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response skipped</source>
        <translation>
            <numerusform>لم تُتخطَّ أي استجابة</numerusform>
            <numerusform>تُخطّيت استجابة واحدة</numerusform>
            <numerusform>تُخطّيت استجابتان</numerusform>
            <numerusform>تُخطّيت %n استجابات</numerusform>
            <numerusform>تُخطّيت %n استجابةً</numerusform>
            <numerusform>تُخطّيت %n استجابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n responses skipped</source>
        <translation>
            <numerusform>لم تُتخطَّ أي استجابة</numerusform>
            <numerusform>تُخطّيت استجابة واحدة</numerusform>
            <numerusform>تُخطّيت استجابتان</numerusform>
            <numerusform>تُخطّيت %n استجابات</numerusform>
            <numerusform>تُخطّيت %n استجابةً</numerusform>
            <numerusform>تُخطّيت %n استجابة</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} {kind}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <source>{skipped} ({kinds})</source>
        <translation>{skipped} ({kinds})</translation>
    </message>
    <message>
        <source>{archive}: {parts}</source>
        <translation>{archive}: {parts}</translation>
    </message>
</context>
<context>
    <name>IndexBanner</name>
    <message>
        <source>Rebuilding the search index</source>
        <translation>إعادة بناء فهرس البحث</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Hide the index message</source>
        <translation>إخفاء رسالة فهرس البحث</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rebuilding the search index:&lt;/b&gt; {problem}. Searches meanwhile may miss the latest changes; everything else works now.</source>
        <translation>&lt;b&gt;يُعاد بناء فهرس البحث:&lt;/b&gt; {problem}. قد تفوت عمليات البحث في هذه الأثناء أحدث التغييرات؛ وكل ما عدا ذلك يعمل الآن.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rebuilding the search index:&lt;/b&gt; {problem}. Searching works again when it is done; everything else works now.</source>
        <translation>&lt;b&gt;يُعاد بناء فهرس البحث:&lt;/b&gt; {problem}. يعود البحث إلى العمل حين ينتهي ذلك؛ وكل ما عدا ذلك يعمل الآن.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The search index could not be rebuilt:&lt;/b&gt; {reason}. Try again with Tools → Reindex.</source>
        <translation>&lt;b&gt;تعذّرت إعادة بناء فهرس البحث:&lt;/b&gt; {reason}. أعد المحاولة من أدوات ← إعادة الفهرسة.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Quotation</source>
        <translation>اقتباس مباشر</translation>
    </message>
    <message>
        <source>Pull quote</source>
        <translation>اقتباس بارز</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>مقتطف</translation>
    </message>
</context>
<context>
    <name>KwicPanel</name>
    <message>
        <source>Words either side of a hit</source>
        <translation>الكلمات على جانبي المطابقة</translation>
    </message>
    <message>
        <source>How many words of context to show either side of each hit</source>
        <translation>عدد كلمات السياق المعروضة على جانبي كل مطابقة</translation>
    </message>
    <message>
        <source>&amp;Words either side:</source>
        <translation>ال&amp;كلمات على كل جانب:</translation>
    </message>
    <message>
        <source>Hits in context</source>
        <translation>المطابقات في سياقها</translation>
    </message>
    <message>
        <source>One line per occurrence: document, date, the words before, the hit, the words after</source>
        <translation>سطر لكل ورود: الوثيقة، والتاريخ، والكلمات قبلها، والمطابقة، والكلمات بعدها</translation>
    </message>
    <message>
        <source>Finding the hits of “{query}” in their context…</source>
        <translation>جارٍ العثور على مطابقات «{query}» في سياقها…</translation>
    </message>
    <message>
        <source>Cannot show “{query}” in context: {problem}</source>
        <translation>تعذّر عرض «{query}» في سياقه: {problem}</translation>
    </message>
    <message>
        <source>Finding hits in context</source>
        <translation>العثور على المطابقات في سياقها</translation>
    </message>
    <message>
        <source>No words of “{query}” to show in context (the search matched titles, names or tags only)</source>
        <translation>لا كلمات من «{query}» لعرضها في سياقها (طابق البحث العناوين أو الأسماء أو الوسوم فقط)</translation>
    </message>
    <message numerus="yes">
        <source>%n hit</source>
        <translation>
            <numerusform>%n مطابقة</numerusform>
            <numerusform>مطابقة واحدة</numerusform>
            <numerusform>مطابقتان</numerusform>
            <numerusform>%n مطابقات</numerusform>
            <numerusform>%n مطابقةً</numerusform>
            <numerusform>%n مطابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%n مطابقة</numerusform>
            <numerusform>مطابقة واحدة</numerusform>
            <numerusform>مطابقتان</numerusform>
            <numerusform>%n مطابقات</numerusform>
            <numerusform>%n مطابقةً</numerusform>
            <numerusform>%n مطابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record</source>
        <translation>
            <numerusform>%n سجل</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلًا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n سجل</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلًا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>{hits} in {records} for “{query}”</source>
        <translation>{hits} في {records} لـ«{query}»</translation>
    </message>
</context>
<context>
    <name>KwicTableModel</name>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>بعد</translation>
    </message>
</context>
<context>
    <name>LinkRoles</name>
    <message>
        <source>author</source>
        <translation>مؤلف</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>مقتبَس منه</translation>
    </message>
    <message>
        <source>mentioned</source>
        <translation>مذكور</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>موضوع</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a sentence</comment>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Tags and actors</source>
        <translation>&amp;الوسوم والفاعلون</translation>
    </message>
    <message>
        <source>&amp;Publications, searches and trash</source>
        <translation>&amp;المطبوعات وعمليات البحث والمهملات</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;الخط الزمني</translation>
    </message>
    <message>
        <source>Record &amp;details beside the reader</source>
        <translation>&amp;تفاصيل السجل بجانب القارئ</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;النظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>Look like the rest of the system</source>
        <translation>المظهر نفسه لبقية النظام</translation>
    </message>
    <message>
        <source>Pressmark&apos;s light palette</source>
        <translation>ألوان Pressmark الفاتحة</translation>
    </message>
    <message>
        <source>Pressmark&apos;s dark palette</source>
        <translation>ألوان Pressmark الداكنة</translation>
    </message>
    <message>
        <source>Pressmark — {name} (read-only)</source>
        <translation>Pressmark — {name} (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Pressmark — {name}</source>
        <translation>Pressmark — {name}</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>تصفية الفاعلين</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <source>Actors by type with their counts; Enter lists an actor&apos;s records</source>
        <translation>الفاعلون حسب النوع مع أعدادهم؛ يعرض مفتاح Enter سجلات الفاعل</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>المطبوعات</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>عمليات البحث</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>المهملات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation>&amp;الأجزاء</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;المظهر</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>The language of menus and labels, from the next start</source>
        <translation>لغة القوائم والتسميات، اعتبارًا من التشغيل التالي</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Tag: {name}</source>
        <translation>الوسم: {name}</translation>
    </message>
    <message>
        <source>Publication: {name}</source>
        <translation>المطبوعة: {name}</translation>
    </message>
    <message>
        <source>Month: {name}</source>
        <translation>الشهر: {name}</translation>
    </message>
    <message>
        <source>Choose a quote first: “Where else?” looks for its statement in other documents</source>
        <translation>اختر اقتباسًا أولًا: يبحث «أين أيضًا؟» عن تصريحه في وثائق أخرى</translation>
    </message>
    <message>
        <source>Actor: {name}</source>
        <translation>الفاعل: {name}</translation>
    </message>
    <message>
        <source>The new language takes effect when Pressmark is started again</source>
        <translation>تسري اللغة الجديدة عند تشغيل Pressmark مرة أخرى</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>المطبوعة</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Date as printed</source>
        <translation>التاريخ كما طُبع</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation>الرابط المختصر</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>تعليق الصورة</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>الحقوق</translation>
    </message>
    <message>
        <source>Kind of page</source>
        <translation>نوع الصفحة</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>تاريخ الالتقاط</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>End matter</source>
        <translation>ملحقات النص</translation>
    </message>
    <message>
        <source>{name} ({format}), added {date}</source>
        <translation>{name} ({format})، أضيف في {date}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Undated: type YYYY-MM-DD</source>
        <translation>غير مؤرخ: اكتب YYYY-MM-DD</translation>
    </message>
    <message>
        <source>When it was published: YYYY-MM-DD, or YYYY-MM-DD HH:MM with the time; empty if unknown</source>
        <translation>تاريخ النشر: YYYY-MM-DD، أو YYYY-MM-DD HH:MM مع الوقت؛ فارغ إن كان مجهولًا</translation>
    </message>
    <message>
        <source>article; page (a page that is not an article: a home page, a shop page); reference (a bibliographic entry with no text of its own)</source>
        <translation>article (مقال)؛ page (صفحة ليست مقالًا: صفحة رئيسية، صفحة متجر)؛ reference (مدخل ببليوغرافي لا نص له)</translation>
    </message>
    <message>
        <source>Not captured by a web archive</source>
        <translation>لم يلتقطه أرشيف ويب</translation>
    </message>
    <message>
        <source>When a crawler or a browser captured the page: YYYY-MM-DD HH:MM</source>
        <translation>متى التقط زاحفٌ أو متصفحٌ الصفحة: YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>A DOI such as 10.1234/abc (https://doi.org/ in front is taken off)</source>
        <translation>معرّف DOI مثل 10.1234/abc (يُحذف https://doi.org/ من أوله)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the changed fields (Ctrl+S)</source>
        <translation>حفظ الحقول المعدّلة (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>الفاعلون:</translation>
    </message>
    <message>
        <source>actor to link</source>
        <translation>الفاعل المراد ربطه</translation>
    </message>
    <message>
        <source>The actor&apos;s role in the document</source>
        <translation>دور الفاعل في الوثيقة</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>ربط</translation>
    </message>
    <message>
        <source>Link actor:</source>
        <translation>ربط فاعل:</translation>
    </message>
    <message>
        <source>as</source>
        <translation>بصفة</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>الأصل:</translation>
    </message>
    <message>
        <source>{name}  — {role} ({type})</source>
        <translation>{name}  — {role} ({type})</translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation>تعديل الوثيقة</translation>
    </message>
    <message>
        <source>Link actor as {role}</source>
        <translation>ربط فاعل بصفة {role}</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Could not {task}</source>
        <translation>تعذّر {task}</translation>
    </message>
    <message>
        <source>Undo {change}</source>
        <translation>التراجع عن {change}</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>تعذّر التراجع</translation>
    </message>
    <message>
        <source>Redo {change}</source>
        <translation>إعادة {change}</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>تعذّرت الإعادة</translation>
    </message>
    <message>
        <source>Reading the undo history</source>
        <translation>قراءة سجل التراجع</translation>
    </message>
    <message>
        <source>Could not read the undo history</source>
        <translation>تعذّرت قراءة سجل التراجع</translation>
    </message>
</context>
<context>
    <name>ProposalBar</name>
    <message>
        <source>Proposals in the text</source>
        <translation>الاقتراحات في النص</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>The previous proposal in the text (Alt+P)</source>
        <translation>الاقتراح السابق في النص (Alt+P)</translation>
    </message>
    <message>
        <source>Previous proposal</source>
        <translation>الاقتراح السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>The next proposal in the text (Alt+N)</source>
        <translation>الاقتراح التالي في النص (Alt+N)</translation>
    </message>
    <message>
        <source>Next proposal</source>
        <translation>الاقتراح التالي</translation>
    </message>
    <message numerus="yes">
        <source>%n quote</source>
        <translation>
            <numerusform>%n اقتباس</numerusform>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباسان</numerusform>
            <numerusform>%n اقتباسات</numerusform>
            <numerusform>%n اقتباسًا</numerusform>
            <numerusform>%n اقتباس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n اقتباس</numerusform>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباسان</numerusform>
            <numerusform>%n اقتباسات</numerusform>
            <numerusform>%n اقتباسًا</numerusform>
            <numerusform>%n اقتباس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor</source>
        <translation>
            <numerusform>%n فاعل</numerusform>
            <numerusform>فاعل واحد</numerusform>
            <numerusform>فاعلان</numerusform>
            <numerusform>%n فاعلين</numerusform>
            <numerusform>%n فاعلًا</numerusform>
            <numerusform>%n فاعل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actors</source>
        <translation>
            <numerusform>%n فاعل</numerusform>
            <numerusform>فاعل واحد</numerusform>
            <numerusform>فاعلان</numerusform>
            <numerusform>%n فاعلين</numerusform>
            <numerusform>%n فاعلًا</numerusform>
            <numerusform>%n فاعل</numerusform>
        </translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}، {second}</translation>
    </message>
    <message>
        <source>none marked</source>
        <translation>لا شيء معلَّم</translation>
    </message>
    <message>
        <source>Click one, or press Alt+N, then Alt+A to accept or Alt+R to reject</source>
        <translation>انقر واحدًا، أو اضغط Alt+N، ثم Alt+A للقبول أو Alt+R للرفض</translation>
    </message>
    <message>
        <source>Proposed in this text: {proposed}. {how}</source>
        <translation>المقترح في هذا النص: {proposed}. {how}</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Accept this proposal (Alt+A)</source>
        <translation>قبول هذا الاقتراح (Alt+A)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Change the speaker, kind or name, then accept (Alt+E)</source>
        <translation>تغيير المتحدث أو النوع أو الاسم، ثم القبول (Alt+E)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Reject this proposal (Alt+R); the Proposals tab can restore it</source>
        <translation>رفض هذا الاقتراح (Alt+R)؛ يمكن استعادته من تبويب الاقتراحات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>{evidence} · confidence {confidence}</source>
        <translation>{evidence} · الثقة {confidence}</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Edit proposal</source>
        <translation>تعديل الاقتراح</translation>
    </message>
    <message>
        <source>{evidence} · confidence {confidence}</source>
        <translation>{evidence} · الثقة {confidence}</translation>
    </message>
    <message>
        <source>The text calls the speaker “{described}” without a name: type the name if you know it.</source>
        <translation>يصف النص المتحدث بأنه «{described}» دون اسم: اكتب الاسم إن كنت تعرفه.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>ال&amp;متحدث:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ال&amp;صنف:</translation>
    </message>
    <message>
        <source>Speaker &amp;type:</source>
        <translation>&amp;صنف المتحدث:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
</context>
<context>
    <name>ProposalTree</name>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>{words} · in “{title}”</source>
        <translation>{words} · في «{title}»</translation>
    </message>
    <message>
        <source>Confidence {confidence}: how sure Pressmark is of this proposal</source>
        <translation>الثقة {confidence}: مدى يقين Pressmark من هذا الاقتراح</translation>
    </message>
    <message>
        <source>In “{title}”</source>
        <translation>في «{title}»</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>متحدث غير معروف</translation>
    </message>
    <message>
        <source>“{excerpt}” — {speaker}</source>
        <translation>«{excerpt}» — {speaker}</translation>
    </message>
    <message>
        <source>pull-quote box</source>
        <translation>إطار اقتباس بارز</translation>
    </message>
    <message>
        <source>“{cue}”</source>
        <translation>«{cue}»</translation>
    </message>
    <message>
        <source>no attribution</source>
        <translation>بلا إسناد</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>Kind of proposal</source>
        <translation>نوع المقترح</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>at least </source>
        <comment>before a confidence (“at least 70%”)</comment>
        <translation>على الأقل </translation>
    </message>
    <message>
        <source>Minimum confidence</source>
        <translation>أدنى ثقة</translation>
    </message>
    <message>
        <source>Show only proposals at least this confident</source>
        <translation>عرض المقترحات التي تبلغ هذه الثقة على الأقل فقط</translation>
    </message>
    <message>
        <source>Filter by words, speaker or name</source>
        <translation>التصفية بالكلمات أو المتحدث أو الاسم</translation>
    </message>
    <message>
        <source>Filter proposals by text</source>
        <translation>تصفية المقترحات بالنص</translation>
    </message>
    <message>
        <source>Show rejected</source>
        <translation>إظهار المرفوضة</translation>
    </message>
    <message>
        <source>List the rejected proposals too, to restore one</source>
        <translation>عرض المقترحات المرفوضة أيضًا، لاستعادة أحدها</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>كل الوثائق</translation>
    </message>
    <message>
        <source>List the proposals of every document, to accept a kind across the catalogue</source>
        <translation>عرض مقترحات كل الوثائق، لقبول نوع منها في الفهرس كله</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>Quotes and actors proposed for this document, by kind, with their evidence and confidence</source>
        <translation>الاقتباسات والفاعلون المقترحون لهذه الوثيقة، حسب النوع، مع الدليل والثقة</translation>
    </message>
    <message>
        <source>No proposals waiting for this document.</source>
        <translation>لا مقترحات بانتظار القرار لهذه الوثيقة.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>قبول الكل</translation>
    </message>
    <message>
        <source>Accept every proposal of this kind that the list shows, in one step (Undo takes it back)</source>
        <translation>قبول كل مقترحات هذا النوع المعروضة في القائمة، بخطوة واحدة (يلغيها التراجع)</translation>
    </message>
    <message>
        <source>No proposals in the catalogue.</source>
        <translation>لا مقترحات في الفهرس.</translation>
    </message>
    <message>
        <source>No proposals for this document.</source>
        <translation>لا مقترحات لهذه الوثيقة.</translation>
    </message>
    <message>
        <source>Every proposal for this document has been decided. Tick “Show rejected” to restore one.</source>
        <translation>بُتّ في كل مقترحات هذه الوثيقة. فعّل «إظهار المرفوضة» لاستعادة أحدها.</translation>
    </message>
    <message>
        <source>No proposal matches these filters.</source>
        <translation>لا مقترح يطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation>رفض الاقتراح</translation>
    </message>
    <message>
        <source>Restore proposal</source>
        <translation>استعادة الاقتراح</translation>
    </message>
    <message>
        <source>Accept all proposals</source>
        <translation>قبول كل المقترحات</translation>
    </message>
    <message>
        <source>Edit and accept…</source>
        <translation>تحرير وقبول…</translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n quotation</source>
        <translation>
            <numerusform>قبول الكل: %n اقتباس</numerusform>
            <numerusform>قبول الكل: اقتباس واحد</numerusform>
            <numerusform>قبول الكل: اقتباسان</numerusform>
            <numerusform>قبول الكل: %n اقتباسات</numerusform>
            <numerusform>قبول الكل: %n اقتباسًا</numerusform>
            <numerusform>قبول الكل: %n اقتباس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n quotations</source>
        <translation>
            <numerusform>قبول الكل: %n اقتباس</numerusform>
            <numerusform>قبول الكل: اقتباس واحد</numerusform>
            <numerusform>قبول الكل: اقتباسان</numerusform>
            <numerusform>قبول الكل: %n اقتباسات</numerusform>
            <numerusform>قبول الكل: %n اقتباسًا</numerusform>
            <numerusform>قبول الكل: %n اقتباس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n pull quote</source>
        <translation>
            <numerusform>قبول الكل: %n اقتباس بارز</numerusform>
            <numerusform>قبول الكل: اقتباس بارز واحد</numerusform>
            <numerusform>قبول الكل: اقتباسان بارزان</numerusform>
            <numerusform>قبول الكل: %n اقتباسات بارزة</numerusform>
            <numerusform>قبول الكل: %n اقتباسًا بارزًا</numerusform>
            <numerusform>قبول الكل: %n اقتباس بارز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n pull quotes</source>
        <translation>
            <numerusform>قبول الكل: %n اقتباس بارز</numerusform>
            <numerusform>قبول الكل: اقتباس بارز واحد</numerusform>
            <numerusform>قبول الكل: اقتباسان بارزان</numerusform>
            <numerusform>قبول الكل: %n اقتباسات بارزة</numerusform>
            <numerusform>قبول الكل: %n اقتباسًا بارزًا</numerusform>
            <numerusform>قبول الكل: %n اقتباس بارز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n excerpt</source>
        <translation>
            <numerusform>قبول الكل: %n مقتطف</numerusform>
            <numerusform>قبول الكل: مقتطف واحد</numerusform>
            <numerusform>قبول الكل: مقتطفان</numerusform>
            <numerusform>قبول الكل: %n مقتطفات</numerusform>
            <numerusform>قبول الكل: %n مقتطفًا</numerusform>
            <numerusform>قبول الكل: %n مقتطف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n excerpts</source>
        <translation>
            <numerusform>قبول الكل: %n مقتطف</numerusform>
            <numerusform>قبول الكل: مقتطف واحد</numerusform>
            <numerusform>قبول الكل: مقتطفان</numerusform>
            <numerusform>قبول الكل: %n مقتطفات</numerusform>
            <numerusform>قبول الكل: %n مقتطفًا</numerusform>
            <numerusform>قبول الكل: %n مقتطف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n person</source>
        <translation>
            <numerusform>قبول الكل: %n شخص</numerusform>
            <numerusform>قبول الكل: شخص واحد</numerusform>
            <numerusform>قبول الكل: شخصان</numerusform>
            <numerusform>قبول الكل: %n أشخاص</numerusform>
            <numerusform>قبول الكل: %n شخصًا</numerusform>
            <numerusform>قبول الكل: %n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n people</source>
        <translation>
            <numerusform>قبول الكل: %n شخص</numerusform>
            <numerusform>قبول الكل: شخص واحد</numerusform>
            <numerusform>قبول الكل: شخصان</numerusform>
            <numerusform>قبول الكل: %n أشخاص</numerusform>
            <numerusform>قبول الكل: %n شخصًا</numerusform>
            <numerusform>قبول الكل: %n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n organisation</source>
        <translation>
            <numerusform>قبول الكل: %n منظمة</numerusform>
            <numerusform>قبول الكل: منظمة واحدة</numerusform>
            <numerusform>قبول الكل: منظمتان</numerusform>
            <numerusform>قبول الكل: %n منظمات</numerusform>
            <numerusform>قبول الكل: %n منظمةً</numerusform>
            <numerusform>قبول الكل: %n منظمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n organisations</source>
        <translation>
            <numerusform>قبول الكل: %n منظمة</numerusform>
            <numerusform>قبول الكل: منظمة واحدة</numerusform>
            <numerusform>قبول الكل: منظمتان</numerusform>
            <numerusform>قبول الكل: %n منظمات</numerusform>
            <numerusform>قبول الكل: %n منظمةً</numerusform>
            <numerusform>قبول الكل: %n منظمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n place</source>
        <translation>
            <numerusform>قبول الكل: %n مكان</numerusform>
            <numerusform>قبول الكل: مكان واحد</numerusform>
            <numerusform>قبول الكل: مكانان</numerusform>
            <numerusform>قبول الكل: %n أماكن</numerusform>
            <numerusform>قبول الكل: %n مكانًا</numerusform>
            <numerusform>قبول الكل: %n مكان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n places</source>
        <translation>
            <numerusform>قبول الكل: %n مكان</numerusform>
            <numerusform>قبول الكل: مكان واحد</numerusform>
            <numerusform>قبول الكل: مكانان</numerusform>
            <numerusform>قبول الكل: %n أماكن</numerusform>
            <numerusform>قبول الكل: %n مكانًا</numerusform>
            <numerusform>قبول الكل: %n مكان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n event</source>
        <translation>
            <numerusform>قبول الكل: %n حدث</numerusform>
            <numerusform>قبول الكل: حدث واحد</numerusform>
            <numerusform>قبول الكل: حدثان</numerusform>
            <numerusform>قبول الكل: %n أحداث</numerusform>
            <numerusform>قبول الكل: %n حدثًا</numerusform>
            <numerusform>قبول الكل: %n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n events</source>
        <translation>
            <numerusform>قبول الكل: %n حدث</numerusform>
            <numerusform>قبول الكل: حدث واحد</numerusform>
            <numerusform>قبول الكل: حدثان</numerusform>
            <numerusform>قبول الكل: %n أحداث</numerusform>
            <numerusform>قبول الكل: %n حدثًا</numerusform>
            <numerusform>قبول الكل: %n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n group</source>
        <translation>
            <numerusform>قبول الكل: %n مجموعة</numerusform>
            <numerusform>قبول الكل: مجموعة واحدة</numerusform>
            <numerusform>قبول الكل: مجموعتان</numerusform>
            <numerusform>قبول الكل: %n مجموعات</numerusform>
            <numerusform>قبول الكل: %n مجموعةً</numerusform>
            <numerusform>قبول الكل: %n مجموعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n groups</source>
        <translation>
            <numerusform>قبول الكل: %n مجموعة</numerusform>
            <numerusform>قبول الكل: مجموعة واحدة</numerusform>
            <numerusform>قبول الكل: مجموعتان</numerusform>
            <numerusform>قبول الكل: %n مجموعات</numerusform>
            <numerusform>قبول الكل: %n مجموعةً</numerusform>
            <numerusform>قبول الكل: %n مجموعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept all {what}</source>
        <translation>قبول الكل: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n proposal</source>
        <translation>
            <numerusform>قبول الكل: %n اقتراح</numerusform>
            <numerusform>قبول الكل: اقتراح واحد</numerusform>
            <numerusform>قبول الكل: اقتراحان</numerusform>
            <numerusform>قبول الكل: %n اقتراحات</numerusform>
            <numerusform>قبول الكل: %n اقتراحًا</numerusform>
            <numerusform>قبول الكل: %n اقتراح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n proposals</source>
        <translation>
            <numerusform>قبول الكل: %n اقتراح</numerusform>
            <numerusform>قبول الكل: اقتراح واحد</numerusform>
            <numerusform>قبول الكل: اقتراحان</numerusform>
            <numerusform>قبول الكل: %n اقتراحات</numerusform>
            <numerusform>قبول الكل: %n اقتراحًا</numerusform>
            <numerusform>قبول الكل: %n اقتراح</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicationsPanel</name>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%n وثائق</numerusform>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>%n وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>المطبوعات</translation>
    </message>
    <message>
        <source>Publications with their number of documents; Enter lists one&apos;s documents</source>
        <translation>المطبوعات مع عدد وثائق كلٍّ منها؛ يعرض مفتاح Enter وثائق المطبوعة المختارة</translation>
    </message>
    <message>
        <source>Counting publications</source>
        <translation>عدّ المطبوعات</translation>
    </message>
    <message>
        <source>(no publication)</source>
        <translation>(بلا مطبوعة)</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <source>Quote selection</source>
        <translation>اقتباس التحديد</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>who said it (an actor, or a new name)</source>
        <translation>من قاله (فاعل، أو اسم جديد)</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>ال&amp;متحدث:</translation>
    </message>
    <message>
        <source>New actor, &amp;type:</source>
        <translation>فاعل جديد، ال&amp;صنف:</translation>
    </message>
    <message>
        <source>Tag/Sub-tag, another tag</source>
        <translation>وسم/وسم فرعي، وسم آخر</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>ال&amp;وسوم:</translation>
    </message>
    <message>
        <source>optional note</source>
        <translation>ملاحظة اختيارية</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>م&amp;لاحظة:</translation>
    </message>
    <message>
        <source>Create quote</source>
        <translation>إنشاء الاقتباس</translation>
    </message>
</context>
<context>
    <name>QuoteRecord</name>
    <message>
        <source>Speaker:</source>
        <translation>المتحدث:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>speaker (empty: unknown)</source>
        <translation>المتحدث (فارغ: غير معروف)</translation>
    </message>
    <message>
        <source>Change speaker:</source>
        <translation>تغيير المتحدث:</translation>
    </message>
    <message>
        <source>New actor type:</source>
        <translation>نوع الفاعل الجديد:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Delete quote</source>
        <translation>حذف الاقتباس</translation>
    </message>
    <message>
        <source>Copy with citation</source>
        <translation>نسخ مع الإحالة</translation>
    </message>
    <message>
        <source>Copy the quote with its source in the chosen citation style (Ctrl+Shift+C)</source>
        <translation>نسخ الاقتباس مع مصدره بأسلوب الإحالة المختار (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Where else?</source>
        <translation>أين أيضًا؟</translation>
    </message>
    <message>
        <source>Every document carrying this statement, first appearance first, with the words they changed</source>
        <translation>كل وثيقة تحمل هذا التصريح، بدءًا بأول ظهور له، مع الكلمات التي غيّرتها</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>in “{document}”</source>
        <translation>في «{document}»</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Edit quote</source>
        <translation>تعديل الاقتباس</translation>
    </message>
</context>
<context>
    <name>Quoting</name>
    <message>
        <source>Create quote</source>
        <translation>إنشاء الاقتباس</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>unknown speaker</source>
        <translation>متحدث غير معروف</translation>
    </message>
    <message>
        <source>Proposed: {title} — {evidence}; confidence {confidence}</source>
        <translation>مقترح: {title} — {evidence}؛ الثقة {confidence}</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>List documents</source>
        <translation>عرض الوثائق</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <source>List quotes</source>
        <translation>عرض الاقتباسات</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <source>List actors</source>
        <translation>عرض الفاعلين</translation>
    </message>
    <message>
        <source>Drop articles here</source>
        <translation>أفلت المقالات هنا</translation>
    </message>
    <message>
        <source>Drag web pages (HTML), Markdown, text, PDF or Word files onto the window, or import them: Pressmark keeps the text, finds its quotes and names, and lists it here.</source>
        <translation>اسحب صفحات ويب (HTML) أو ملفات Markdown أو نصوص أو PDF أو Word إلى النافذة، أو استوردها: يحفظ Pressmark النص ويجد اقتباساته وأسماءه ويعرضه هنا.</translation>
    </message>
    <message>
        <source>No quotes yet</source>
        <translation>لا اقتباسات بعد</translation>
    </message>
    <message>
        <source>Select words in the reader and press Ctrl+Q (Edit → Quote selection), or accept the quotes proposed for a document in its Proposals tab.</source>
        <translation>حدد كلمات في القارئ واضغط Ctrl+Q (تحرير ← اقتباس التحديد)، أو اقبل الاقتباسات المقترحة لوثيقة في تبويب «المقترحات».</translation>
    </message>
    <message>
        <source>No actors yet</source>
        <translation>لا فاعلين بعد</translation>
    </message>
    <message>
        <source>People, organisations and places come with the articles you import: accept the names proposed in a document&apos;s Proposals tab, or link one in its Actors field.</source>
        <translation>يأتي الأشخاص والمنظمات والأماكن مع المقالات التي تستوردها: اقبل الأسماء المقترحة في تبويب «المقترحات» للوثيقة، أو اربط أحدها في حقل «الفاعلون».</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>مسح التصفية</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>The documents, quotes or actors listed; Enter shows one, Delete moves the selection to the trash</source>
        <translation>الوثائق أو الاقتباسات أو الفاعلون المعروضون؛ يعرض مفتاح Enter أحدها، وينقل Delete التحديد إلى المهملات</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <source>Showing only  &lt;b&gt;{filter}&lt;/b&gt;</source>
        <translation>المعروض فقط  &lt;b&gt;{filter}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>لا شيء هنا</translation>
    </message>
    <message>
        <source>No documents with {filter}. Show all (Ctrl+0) lists them all.</source>
        <translation>لا وثائق لـ{filter}. يعرضها «عرض الكل» (Ctrl+0) جميعًا.</translation>
    </message>
    <message>
        <source>No quotes with {filter}. Show all (Ctrl+0) lists them all.</source>
        <translation>لا اقتباسات لـ{filter}. يعرضها «عرض الكل» (Ctrl+0) جميعًا.</translation>
    </message>
    <message>
        <source>No actors with {filter}. Show all (Ctrl+0) lists them all.</source>
        <translation>لا فاعلين لـ{filter}. يعرضهم «عرض الكل» (Ctrl+0) جميعًا.</translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <source>You edited this document&apos;s metadata and have not saved it yet.</source>
        <translation>عدّلت البيانات الوصفية لهذه الوثيقة ولم تحفظها بعد.</translation>
    </message>
    <message>
        <source>You edited this quote (its kind, speaker or note) and have not saved it yet.</source>
        <translation>عدّلت هذا الاقتباس (نوعه أو متحدثه أو ملاحظته) ولم تحفظه بعد.</translation>
    </message>
    <message>
        <source>You edited this actor&apos;s record (names, identifiers or relations) and have not saved it yet.</source>
        <translation>عدّلت سجل هذا الفاعل (أسماءه أو معرّفاته أو علاقاته) ولم تحفظه بعد.</translation>
    </message>
    <message>
        <source>Save your changes to “{title}”?</source>
        <translation>هل تريد حفظ تغييراتك على «{title}»؟</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>ما قالوه</translation>
    </message>
    <message>
        <source>Choose a document, quote or actor.</source>
        <translation>اختر وثيقة أو اقتباسًا أو فاعلًا.</translation>
    </message>
    <message>
        <source>Proposals ({count})</source>
        <translation>المقترحات ({count})</translation>
    </message>
    <message>
        <source>History of the actor “{name}”</source>
        <translation>سجل تغييرات الفاعل «{name}»</translation>
    </message>
    <message>
        <source>Could not save the changes to the document</source>
        <translation>تعذّر حفظ التغييرات على الوثيقة</translation>
    </message>
    <message>
        <source>Could not save the changes to the quote</source>
        <translation>تعذّر حفظ التغييرات على الاقتباس</translation>
    </message>
    <message>
        <source>Could not save the changes to the actor</source>
        <translation>تعذّر حفظ التغييرات على الفاعل</translation>
    </message>
    <message>
        <source>History of the quote “{title}”</source>
        <translation>سجل تغييرات الاقتباس «{title}»</translation>
    </message>
    <message>
        <source>History of the document “{title}”</source>
        <translation>سجل تغييرات الوثيقة «{title}»</translation>
    </message>
</context>
<context>
    <name>ReusedView</name>
    <message>
        <source>No passage is carried by several documents.</source>
        <translation>لا يرد أي مقطع في عدة وثائق.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage carried by several documents;</source>
        <translation>
            <numerusform>لا مقاطع ترد في عدة وثائق؛</numerusform>
            <numerusform>مقطع واحد يرد في عدة وثائق؛</numerusform>
            <numerusform>مقطعان يردان في عدة وثائق؛</numerusform>
            <numerusform>%n مقاطع ترد في عدة وثائق؛</numerusform>
            <numerusform>%n مقطعًا يرد في عدة وثائق؛</numerusform>
            <numerusform>%n مقطع يرد في عدة وثائق؛</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages carried by several documents;</source>
        <translation>
            <numerusform>لا مقاطع ترد في عدة وثائق؛</numerusform>
            <numerusform>مقطع واحد يرد في عدة وثائق؛</numerusform>
            <numerusform>مقطعان يردان في عدة وثائق؛</numerusform>
            <numerusform>%n مقاطع ترد في عدة وثائق؛</numerusform>
            <numerusform>%n مقطعًا يرد في عدة وثائق؛</numerusform>
            <numerusform>%n مقطع يرد في عدة وثائق؛</numerusform>
        </translation>
    </message>
    <message>
        <source>{found} the {shown} carried most widely are listed.</source>
        <translation>{found} تُعرض منها {shown}، الأوسع ورودًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage carried by several documents.</source>
        <translation>
            <numerusform>لا مقاطع ترد في عدة وثائق.</numerusform>
            <numerusform>مقطع واحد يرد في عدة وثائق.</numerusform>
            <numerusform>مقطعان يردان في عدة وثائق.</numerusform>
            <numerusform>%n مقاطع ترد في عدة وثائق.</numerusform>
            <numerusform>%n مقطعًا يرد في عدة وثائق.</numerusform>
            <numerusform>%n مقطع يرد في عدة وثائق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages carried by several documents.</source>
        <translation>
            <numerusform>لا مقاطع ترد في عدة وثائق.</numerusform>
            <numerusform>مقطع واحد يرد في عدة وثائق.</numerusform>
            <numerusform>مقطعان يردان في عدة وثائق.</numerusform>
            <numerusform>%n مقاطع ترد في عدة وثائق.</numerusform>
            <numerusform>%n مقطعًا يرد في عدة وثائق.</numerusform>
            <numerusform>%n مقطع يرد في عدة وثائق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reused passages</source>
        <translation>المقاطع المعاد استخدامها</translation>
    </message>
    <message>
        <source>Open a passage to see the documents carrying it; double-click one to open it there.</source>
        <translation>افتح مقطعًا لترى الوثائق التي يرد فيها؛ وانقر إحداها نقرًا مزدوجًا لتفتحها عنده.</translation>
    </message>
    <message>
        <source>Looking for passages several documents carry…</source>
        <translation>جارٍ البحث عن مقاطع ترد في عدة وثائق…</translation>
    </message>
    <message>
        <source>Finding reused passages</source>
        <translation>البحث عن المقاطع المعاد استخدامها</translation>
    </message>
    <message>
        <source>Could not look for reused passages: {reason}</source>
        <translation>تعذّر البحث عن المقاطع المعاد استخدامها: {reason}</translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <source>Jan</source>
        <translation>يناير</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>removed for good</source>
        <translation>أُزيل نهائيًا</translation>
    </message>
    <message>
        <source>to the trash</source>
        <translation>نُقل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>out of the trash</source>
        <translation>أُخرج من سلة المهملات</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>{change} ({what}), by {author}, {when}</source>
        <translation>{change} ({what})، أجراه {author} في {when}</translation>
    </message>
</context>
<context>
    <name>RevisionText</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>المطبوعة</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Published text</source>
        <translation>التاريخ كما طُبع</translation>
    </message>
    <message>
        <source>Url</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Short url</source>
        <translation>الرابط المختصر</translation>
    </message>
    <message>
        <source>Doi</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>تعليق الصورة</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>End matter</source>
        <translation>ملحقات النص</translation>
    </message>
    <message>
        <source>Text sha256</source>
        <translation>بصمة النص</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>اسم الملف الأصلي</translation>
    </message>
    <message>
        <source>Original format</source>
        <translation>صيغة الملف الأصلي</translation>
    </message>
    <message>
        <source>Original sha256</source>
        <translation>بصمة الملف الأصلي</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>حجم الملف الأصلي</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>الحقوق</translation>
    </message>
    <message>
        <source>Page kind</source>
        <translation>نوع الصفحة</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Accessioned at</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>تاريخ الالتقاط</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>النص المقتبس</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>ما قبله</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>ما بعده</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>الأسماء البديلة</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>المعرّفات</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>الوسم الأصل</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>نص البحث</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>بانتظار القرار</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>مرجع</translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <source>in the trash since {when}</source>
        <translation>في سلة المهملات منذ {when}</translation>
    </message>
    <message>
        <source>(removed record {id})</source>
        <translation>(سجل محذوف {id})</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>{Noun} list</source>
        <translation>قائمة: {Noun}</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>إضافة {noun}</translation>
    </message>
    <message>
        <source>Remove the selected {noun}</source>
        <translation>إزالة المحدد: {noun}</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>Choose where to save the {what}.</source>
        <translation>اختر مكان حفظ {what}.</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>لا يوجد مجلد {folder}.</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} مجلد: أعطِ اسم ملف.</translation>
    </message>
    <message>
        <source>{name} exists and will be replaced.</source>
        <translation>{name} موجود وسيُستبدل.</translation>
    </message>
    <message>
        <source>bibliography</source>
        <translation>قائمة المراجع</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>الحزمة</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPanel</name>
    <message>
        <source>Save search “{name}”</source>
        <translation>حفظ البحث «{name}»</translation>
    </message>
    <message>
        <source>Delete saved search “{name}”</source>
        <translation>حذف البحث المحفوظ «{name}»</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Words (all must match), &quot;phrases&quot;, AND / OR / NOT, field:value — title, author, actor, speaker, tag, publication, type, kind, date, year — date:[2024-01-01 to 2024-06-30], prefixes vien* and fuzzy terms talban~</source>
        <translation>كلمات (يجب أن تطابق كلها)، &quot;عبارات&quot;، AND / OR / NOT، field:value — title وauthor وactor وspeaker وtag وpublication وtype وkind وdate وyear — date:[2024-01-01 to 2024-06-30]، وبادئات مثل vien* ومصطلحات تقريبية مثل talban~</translation>
    </message>
    <message>
        <source>Search   (e.g. harbour speaker:castellan tag:heritage)</source>
        <translation>بحث   (مثلًا harbour speaker:castellan tag:heritage)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>حفظ هذا البحث</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation>اسم هذا البحث:</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>في السياق</translation>
    </message>
    <message>
        <source>Each hit in its context: one line per occurrence, the word centred (File → Export → KWIC as CSV)</source>
        <translation>كل نتيجة في سياقها: سطر لكل ورود، والكلمة في الوسط (ملف ← تصدير ← الكلمة في سياقها بصيغة CSV)</translation>
    </message>
    <message>
        <source>Search for “{query}” stopped (Enter searches again)</source>
        <translation>توقف البحث عن «{query}» (يبحث Enter من جديد)</translation>
    </message>
    <message>
        <source>Searching for “{query}”… (Esc stops)</source>
        <translation>جارٍ البحث عن «{query}»… (يوقفه Esc)</translation>
    </message>
    <message>
        <source>Cannot search for “{query}”: {problem}</source>
        <translation>تعذّر البحث عن «{query}»: {problem}</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>. The search index is catching up ({problem}): recent changes may be missing</source>
        <translation>. فهرس البحث يلحق بالتغييرات ({problem}): قد تغيب التغييرات الأخيرة</translation>
    </message>
    <message>
        <source>. Under way: {task}; the search index may not hold all of it yet</source>
        <translation>. قيد التنفيذ: {task}؛ قد لا يحوي فهرس البحث كل ذلك بعد</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>متحدث غير معروف</translation>
    </message>
    <message>
        <source>{speaker} — in “{title}”</source>
        <translation>{speaker} — في «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>%n result for “{query}”</source>
        <translation>
            <numerusform>نتيجة واحدة لـ«{query}»</numerusform>
            <numerusform>نتيجة واحدة لـ«{query}»</numerusform>
            <numerusform>نتيجة واحدة لـ«{query}»</numerusform>
            <numerusform>نتيجة واحدة لـ«{query}»</numerusform>
            <numerusform>نتيجة واحدة لـ«{query}»</numerusform>
            <numerusform>نتيجة واحدة لـ«{query}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results (first {limit}) for “{query}”</source>
        <translation>
            <numerusform>%n نتيجة (أول {limit}) لـ«{query}»</numerusform>
            <numerusform>%n نتيجة (أول {limit}) لـ«{query}»</numerusform>
            <numerusform>%n نتيجة (أول {limit}) لـ«{query}»</numerusform>
            <numerusform>%n نتائج (أول {limit}) لـ«{query}»</numerusform>
            <numerusform>%n نتيجة (أول {limit}) لـ«{query}»</numerusform>
            <numerusform>%n نتيجة (أول {limit}) لـ«{query}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results for “{query}”</source>
        <translation>
            <numerusform>%n نتيجة لـ«{query}»</numerusform>
            <numerusform>نتيجة واحدة لـ«{query}»</numerusform>
            <numerusform>نتيجتان لـ«{query}»</numerusform>
            <numerusform>%n نتائج لـ«{query}»</numerusform>
            <numerusform>%n نتيجة لـ«{query}»</numerusform>
            <numerusform>%n نتيجة لـ«{query}»</numerusform>
        </translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>QUOTE</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>فاعل</translation>
    </message>
    <message>
        <source>&lt;b&gt;{facet}:&lt;/b&gt; {values}</source>
        <translation>&lt;b&gt;{facet}:&lt;/b&gt; {values}</translation>
    </message>
</context>
<context>
    <name>StatementView</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>المطبوعة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <source>Words there</source>
        <translation>الكلمات هناك</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>مُغيَّرة</translation>
    </message>
    <message>
        <source>added</source>
        <translation>مُضافة</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>منقولة</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>First</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>changed “{words}” for “{statement}”</source>
        <translation>«{words}» بدلًا من «{statement}»</translation>
    </message>
    <message>
        <source>left out “{words}”</source>
        <translation>حُذفت «{words}»</translation>
    </message>
    <message>
        <source>added “{words}”</source>
        <translation>أُضيفت «{words}»</translation>
    </message>
    <message>
        <source>moved “{words}”</source>
        <translation>نُقلت «{words}»</translation>
    </message>
    <message>
        <source>for “{words}”</source>
        <translation>بدلًا من «{words}»</translation>
    </message>
    <message>
        <source>(left out: {words})</source>
        <translation>(محذوف: {words})</translation>
    </message>
    <message>
        <source>The quote itself</source>
        <translation>الاقتباس نفسه</translation>
    </message>
    <message>
        <source>The same words (punctuation and case aside)</source>
        <translation>الكلمات نفسها (بصرف النظر عن الترقيم وحالة الأحرف)</translation>
    </message>
    <message>
        <source>Where else?</source>
        <translation>أين أيضًا؟</translation>
    </message>
    <message>
        <source>Double-click a row to open the document at that place. Marked words differ from the quote.</source>
        <translation>انقر صفًا نقرًا مزدوجًا لتفتح الوثيقة عند ذلك الموضع. الكلمات المميّزة تختلف عن الاقتباس.</translation>
    </message>
    <message>
        <source>Looking for “{excerpt}” in other documents…</source>
        <translation>جارٍ البحث عن «{excerpt}» في وثائق أخرى…</translation>
    </message>
    <message>
        <source>Looking in other documents…</source>
        <translation>جارٍ البحث في وثائق أخرى…</translation>
    </message>
    <message>
        <source>Tracing the statement</source>
        <translation>تتبّع التصريح</translation>
    </message>
    <message>
        <source>Could not trace the quote: {reason}</source>
        <translation>تعذّر تتبّع الاقتباس: {reason}</translation>
    </message>
    <message>
        <source>No other document carries this statement.</source>
        <translation>لا يرد هذا التصريح في أي وثيقة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>%n other document carries it.</source>
        <translation>
            <numerusform>لا يرد في أي وثيقة أخرى.</numerusform>
            <numerusform>يرد في وثيقة أخرى واحدة.</numerusform>
            <numerusform>يرد في وثيقتين أخريين.</numerusform>
            <numerusform>يرد في %n وثائق أخرى.</numerusform>
            <numerusform>يرد في %n وثيقةً أخرى.</numerusform>
            <numerusform>يرد في %n وثيقة أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other documents carry it.</source>
        <translation>
            <numerusform>لا يرد في أي وثيقة أخرى.</numerusform>
            <numerusform>يرد في وثيقة أخرى واحدة.</numerusform>
            <numerusform>يرد في وثيقتين أخريين.</numerusform>
            <numerusform>يرد في %n وثائق أخرى.</numerusform>
            <numerusform>يرد في %n وثيقةً أخرى.</numerusform>
            <numerusform>يرد في %n وثيقة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;“{statement}”&lt;/b&gt;&lt;br&gt;{carried}</source>
        <translation>&lt;b&gt;«{statement}»&lt;/b&gt;&lt;br&gt;{carried}</translation>
    </message>
    <message>
        <source>This quote</source>
        <translation>هذا الاقتباس</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>(read-only)</source>
        <translation>(للقراءة فقط)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>جارٍ عدّ السجلات</translation>
    </message>
    <message numerus="yes">
        <source>%n document</source>
        <translation>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%n وثائق</numerusform>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>%n وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote</source>
        <translation>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباس واحد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n اقتباس</numerusform>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباسان</numerusform>
            <numerusform>%n اقتباسات</numerusform>
            <numerusform>%n اقتباسًا</numerusform>
            <numerusform>%n اقتباس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor</source>
        <translation>
            <numerusform>فاعل واحد</numerusform>
            <numerusform>فاعل واحد</numerusform>
            <numerusform>فاعل واحد</numerusform>
            <numerusform>فاعل واحد</numerusform>
            <numerusform>فاعل واحد</numerusform>
            <numerusform>فاعل واحد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actors</source>
        <translation>
            <numerusform>%n فاعل</numerusform>
            <numerusform>فاعل واحد</numerusform>
            <numerusform>فاعلان</numerusform>
            <numerusform>%n فاعلين</numerusform>
            <numerusform>%n فاعلًا</numerusform>
            <numerusform>%n فاعل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag</source>
        <translation>
            <numerusform>وسم واحد</numerusform>
            <numerusform>وسم واحد</numerusform>
            <numerusform>وسم واحد</numerusform>
            <numerusform>وسم واحد</numerusform>
            <numerusform>وسم واحد</numerusform>
            <numerusform>وسم واحد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags</source>
        <translation>
            <numerusform>%n وسم</numerusform>
            <numerusform>وسم واحد</numerusform>
            <numerusform>وسمان</numerusform>
            <numerusform>%n وسوم</numerusform>
            <numerusform>%n وسمًا</numerusform>
            <numerusform>%n وسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved search</source>
        <translation>
            <numerusform>%n بحث محفوظ</numerusform>
            <numerusform>بحث محفوظ واحد</numerusform>
            <numerusform>بحثان محفوظان</numerusform>
            <numerusform>%n عمليات بحث محفوظة</numerusform>
            <numerusform>%n بحثًا محفوظًا</numerusform>
            <numerusform>%n بحث محفوظ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved searches</source>
        <translation>
            <numerusform>%n بحث محفوظ</numerusform>
            <numerusform>بحث محفوظ واحد</numerusform>
            <numerusform>بحثان محفوظان</numerusform>
            <numerusform>%n عمليات بحث محفوظة</numerusform>
            <numerusform>%n بحثًا محفوظًا</numerusform>
            <numerusform>%n بحث محفوظ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n في المهملات</numerusform>
            <numerusform>%n في المهملات</numerusform>
            <numerusform>%n في المهملات</numerusform>
            <numerusform>%n في المهملات</numerusform>
            <numerusform>%n في المهملات</numerusform>
            <numerusform>%n في المهملات</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>The record&apos;s tags; select one and press Delete to take it off</source>
        <translation>وسوم السجل؛ حدد أحدها واضغط Delete لإزالته</translation>
    </message>
    <message>
        <source>Select a tag and press Delete (or −) to take it off</source>
        <translation>حدد وسمًا واضغط Delete (أو −) لإزالته</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>إضافة وسوم</translation>
    </message>
    <message>
        <source>Add tags: Parent/Child, another</source>
        <translation>أضف وسومًا: أصل/فرع، وسم آخر</translation>
    </message>
    <message>
        <source>Remove the selected tag</source>
        <translation>إزالة الوسم المحدد</translation>
    </message>
    <message>
        <source>Tag “{path}”</source>
        <translation>الوسم بـ«{path}»</translation>
    </message>
    <message>
        <source>Untag “{path}”</source>
        <translation>إزالة الوسم «{path}»</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>The tag tree with counts; Enter lists a tag&apos;s records</source>
        <translation>شجرة الوسوم مع أعدادها؛ يعرض مفتاح Enter سجلات الوسم</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>لا وسوم بعد</translation>
    </message>
    <message>
        <source>Select records and press Ctrl+T (Edit → Tag selection), or type tags in a record&apos;s Tags field.</source>
        <translation>حدد سجلات واضغط Ctrl+T (تحرير ← وسم التحديد)، أو اكتب الوسوم في حقل «الوسوم» للسجل.</translation>
    </message>
    <message>
        <source>Counting tags</source>
        <translation>جارٍ عدّ الوسوم</translation>
    </message>
    <message>
        <source>Tag “{path}”</source>
        <translation>الوسم بـ«{path}»</translation>
    </message>
    <message>
        <source>Rename tag “{path}”</source>
        <translation>إعادة تسمية الوسم «{path}»</translation>
    </message>
    <message>
        <source>Merge tag “{path}”</source>
        <translation>دمج الوسم «{path}»</translation>
    </message>
    <message>
        <source>Delete tag “{path}”</source>
        <translation>حذف الوسم «{path}»</translation>
    </message>
    <message>
        <source>Colour tag “{path}”</source>
        <translation>تلوين الوسم «{path}»</translation>
    </message>
    <message>
        <source>Add tag “{path}”</source>
        <translation>إضافة الوسم «{path}»</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>وسم جديد…</translation>
    </message>
    <message>
        <source>Show tagged records</source>
        <translation>عرض السجلات الموسومة</translation>
    </message>
    <message>
        <source>Export bibliography…</source>
        <translation>تصدير ثبت المراجع…</translation>
    </message>
    <message>
        <source>Rename or move…</source>
        <translation>إعادة التسمية أو النقل…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>دمج في…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>اللون…</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>حذف الوسم</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <source>Tag path (Parent/Child):</source>
        <translation>مسار الوسم (أصل/فرع):</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <source>New path (Parent/Child moves it):</source>
        <translation>المسار الجديد (أصل/فرع ينقله):</translation>
    </message>
    <message>
        <source>Merge tag</source>
        <translation>دمج الوسم</translation>
    </message>
    <message>
        <source>Merge “{path}” into:</source>
        <translation>دمج «{path}» في:</translation>
    </message>
    <message>
        <source>Colour of “{path}”</source>
        <translation>لون «{path}»</translation>
    </message>
    <message>
        <source>Delete the tag “{path}” and its sub-tags? The records stay; Edit → Undo brings the tags back.</source>
        <translation>هل تريد حذف الوسم «{path}» ووسومه الفرعية؟ تبقى السجلات؛ ويعيد «تحرير ← تراجع» الوسوم.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>{period}: {documents}, {quotes}</source>
        <translation>{period}: {documents}، {quotes}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Documents and quotes per month or year. Left and Right move between bars; Enter lists one.</source>
        <translation>الوثائق والاقتباسات لكل شهر أو سنة. ينتقل السهمان الأيسر والأيمن بين الأعمدة؛ ويعرض Enter أحدها.</translation>
    </message>
    <message>
        <source>Documents (dark) and quotes (light) per month or year; click one, or press Enter on it, to list it</source>
        <translation>الوثائق (داكنة) والاقتباسات (فاتحة) لكل شهر أو سنة؛ انقر أحدها أو اضغط Enter عليه لعرضه</translation>
    </message>
    <message>
        <source>Counting months</source>
        <translation>عدّ الأشهر</translation>
    </message>
    <message>
        <source>No dated documents yet</source>
        <translation>لا وثائق مؤرّخة بعد</translation>
    </message>
    <message>
        <source>Counting documents per month…</source>
        <translation>جارٍ عدّ الوثائق لكل شهر…</translation>
    </message>
    <message>
        <source>per year (peak {peak})</source>
        <translation>لكل سنة (الذروة {peak})</translation>
    </message>
    <message>
        <source>per month (peak {peak})</source>
        <translation>لكل شهر (الذروة {peak})</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>وثائق</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>اقتباسات</translation>
    </message>
    <message>
        <source>peak {peak}</source>
        <translation>الذروة {peak}</translation>
    </message>
</context>
<context>
    <name>TrashPanel</name>
    <message>
        <source>Trash</source>
        <translation>المهملات</translation>
    </message>
    <message>
        <source>Deleted records, to restore or delete for good</source>
        <translation>السجلات المحذوفة، لاستعادتها أو حذفها نهائيًا</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>إفراغ المهملات…</translation>
    </message>
    <message>
        <source>Reading the trash</source>
        <translation>جارٍ قراءة المهملات</translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation>الاستعادة من سلة المهملات</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>إفراغ سلة المهملات</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>إفراغ المهملات</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n records in the trash for good? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>هل تريد حذف السجلات في المهملات نهائيًا؟ يعيدها «تحرير ← تراجع».</numerusform>
            <numerusform>هل تريد حذف السجل الوحيد في المهملات نهائيًا؟ يعيده «تحرير ← تراجع».</numerusform>
            <numerusform>هل تريد حذف السجلين في المهملات نهائيًا؟ يعيدهما «تحرير ← تراجع».</numerusform>
            <numerusform>هل تريد حذف السجلات الـ%n في المهملات نهائيًا؟ يعيدها «تحرير ← تراجع».</numerusform>
            <numerusform>هل تريد حذف السجلات الـ%n في المهملات نهائيًا؟ يعيدها «تحرير ← تراجع».</numerusform>
            <numerusform>هل تريد حذف السجلات الـ%n في المهملات نهائيًا؟ يعيدها «تحرير ← تراجع».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message numerus="yes">
        <source>Search index rebuilt: %n record.</source>
        <translation>
            <numerusform>أُعيد بناء فهرس البحث: %n سجل.</numerusform>
            <numerusform>أُعيد بناء فهرس البحث: سجل واحد.</numerusform>
            <numerusform>أُعيد بناء فهرس البحث: سجلان.</numerusform>
            <numerusform>أُعيد بناء فهرس البحث: %n سجلات.</numerusform>
            <numerusform>أُعيد بناء فهرس البحث: %n سجلًا.</numerusform>
            <numerusform>أُعيد بناء فهرس البحث: %n سجل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search index rebuilt: %n records.</source>
        <translation>
            <numerusform>أُعيد بناء فهرس البحث: %n سجل.</numerusform>
            <numerusform>أُعيد بناء فهرس البحث: سجل واحد.</numerusform>
            <numerusform>أُعيد بناء فهرس البحث: سجلان.</numerusform>
            <numerusform>أُعيد بناء فهرس البحث: %n سجلات.</numerusform>
            <numerusform>أُعيد بناء فهرس البحث: %n سجلًا.</numerusform>
            <numerusform>أُعيد بناء فهرس البحث: %n سجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {scope} to {file}.</source>
        <translation>صُدّر {scope} إلى {file}.</translation>
    </message>
    <message>
        <source>{held} and {tags} ({size} KB) in {folder}.</source>
        <translation>{held} و{tags} ({size} كيلوبايت) في {folder}.</translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation>ترتيب فهرس البحث</translation>
    </message>
    <message>
        <source>Preparing search</source>
        <translation>تهيئة البحث</translation>
    </message>
    <message>
        <source>Select some text of the document first.</source>
        <translation>حدد بعض نص الوثيقة أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n record with:</source>
        <translation>
            <numerusform>وسم %n سجل بـ:</numerusform>
            <numerusform>وسم سجل واحد بـ:</numerusform>
            <numerusform>وسم سجلين بـ:</numerusform>
            <numerusform>وسم %n سجلات بـ:</numerusform>
            <numerusform>وسم %n سجلًا بـ:</numerusform>
            <numerusform>وسم %n سجل بـ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n records with:</source>
        <translation>
            <numerusform>وسم %n سجل بـ:</numerusform>
            <numerusform>وسم سجل واحد بـ:</numerusform>
            <numerusform>وسم سجلين بـ:</numerusform>
            <numerusform>وسم %n سجلات بـ:</numerusform>
            <numerusform>وسم %n سجلًا بـ:</numerusform>
            <numerusform>وسم %n سجل بـ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag selection</source>
        <translation>وسم التحديد</translation>
    </message>
    <message>
        <source>Tag “{path}”</source>
        <translation>الوسم بـ«{path}»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>الحذف</translation>
    </message>
    <message>
        <source>Import articles, reference lists or projects</source>
        <translation>استيراد مقالات أو قوائم مراجع أو مشاريع</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Bundle written: {path}</source>
        <translation>كُتبت الحزمة: {path}</translation>
    </message>
    <message>
        <source>Could not export the bundle</source>
        <translation>تعذّر تصدير الحزمة</translation>
    </message>
    <message>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation>الحزم (*.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Imported {name}: {changes}.</source>
        <translation>استُورد {name}: {changes}.</translation>
    </message>
    <message>
        <source>Import bundle “{name}”</source>
        <translation>استيراد الحزمة «{name}»</translation>
    </message>
    <message>
        <source>Could not import {name}</source>
        <translation>تعذّر استيراد {name}</translation>
    </message>
    <message>
        <source>Search first: the hits of the search in the search box are shown in context.</source>
        <translation>ابحث أولًا: تُعرض في سياقها نتائج البحث المكتوب في مربع البحث.</translation>
    </message>
    <message>
        <source>Search first: the KWIC export writes each hit of the search in the search box.</source>
        <translation>ابحث أولًا: يكتب تصدير الكلمة في سياقها كل نتيجة للبحث المكتوب في مربع البحث.</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export hits in context</source>
        <translation>تصدير المطابقات في سياقها</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n line in context to {path}.</source>
        <translation>
            <numerusform>كُتبت المطابقات في سياقها إلى {path}: %n سطر.</numerusform>
            <numerusform>كُتبت المطابقات في سياقها إلى {path}: سطر واحد.</numerusform>
            <numerusform>كُتبت المطابقات في سياقها إلى {path}: سطران.</numerusform>
            <numerusform>كُتبت المطابقات في سياقها إلى {path}: %n أسطر.</numerusform>
            <numerusform>كُتبت المطابقات في سياقها إلى {path}: %n سطرًا.</numerusform>
            <numerusform>كُتبت المطابقات في سياقها إلى {path}: %n سطر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n lines in context to {path}.</source>
        <translation>
            <numerusform>كُتبت المطابقات في سياقها إلى {path}: %n سطر.</numerusform>
            <numerusform>كُتبت المطابقات في سياقها إلى {path}: سطر واحد.</numerusform>
            <numerusform>كُتبت المطابقات في سياقها إلى {path}: سطران.</numerusform>
            <numerusform>كُتبت المطابقات في سياقها إلى {path}: %n أسطر.</numerusform>
            <numerusform>كُتبت المطابقات في سياقها إلى {path}: %n سطرًا.</numerusform>
            <numerusform>كُتبت المطابقات في سياقها إلى {path}: %n سطر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the hits in context</source>
        <translation>تعذّر تصدير المطابقات في سياقها</translation>
    </message>
    <message>
        <source>Exporting hits in context</source>
        <translation>تصدير النتائج في سياقها</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>أُلغيت العملية</translation>
    </message>
    <message>
        <source>Could not rebuild the search index</source>
        <translation>تعذّرت إعادة بناء فهرس البحث</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>نُسخ احتياطيًا إلى {path}.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Could not back up the catalogue</source>
        <translation>تعذّر النسخ الاحتياطي للفهرس</translation>
    </message>
    <message>
        <source>Reindexing</source>
        <translation>إعادة الفهرسة</translation>
    </message>
    <message>
        <source>Check catalogue</source>
        <translation>فحص الفهرس</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>إصلاح</translation>
    </message>
    <message>
        <source>Repairing</source>
        <translation>الإصلاح</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Could not repair the catalogue</source>
        <translation>تعذّر إصلاح الفهرس</translation>
    </message>
    <message>
        <source>Could not check the catalogue</source>
        <translation>تعذّر فحص الفهرس</translation>
    </message>
    <message>
        <source>Changing your name</source>
        <translation>تغيير اسمك</translation>
    </message>
    <message>
        <source>Your changes are now signed “{name}”.</source>
        <translation>صارت تغييراتك تحمل الاسم «{name}».</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Shortcuts for frequent work:</source>
        <translation>اختصارات للأعمال المتكررة:</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>About Pressmark</source>
        <translation>عن Pressmark</translation>
    </message>
    <message>
        <source>An offline catalogue of news and opinion articles: documents, quotes, actors and tags.&lt;br/&gt;Catalogue: {path}&lt;br/&gt;Licence: MIT</source>
        <translation>فهرس غير متصل بالإنترنت لمقالات الأخبار والرأي: وثائق واقتباسات وفاعلون ووسوم.&lt;br/&gt;الفهرس: {path}&lt;br/&gt;الترخيص: MIT</translation>
    </message>
</context>
</TS>
