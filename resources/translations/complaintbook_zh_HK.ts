<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>DetailView</name>
    <message>
        <source>&amp;Print a letter...</source>
        <translation>打印致客戶函件(&amp;P)...</translation>
    </message>
    <message>
        <source>ID or account no.</source>
        <translation>證件號碼或賬號</translation>
    </message>
    <message>
        <source>Acknowledgement letter printed in %1; reply due %2</source>
        <translation>已打印%1受理回覆函；答覆期限 %2</translation>
    </message>
    <message>
        <source>Holding letter printed in %1; final response expected by %2</source>
        <translation>已打印%1處理進度通知函；預計最終答覆日期 %2</translation>
    </message>
    <message>
        <source>Summary resolution letter printed in %1</source>
        <translation>已打印%1已解決確認函</translation>
    </message>
    <message>
        <source>Final response letter printed in %1</source>
        <translation>已打印%1最終答覆函</translation>
    </message>
    <message>
        <source>The task links this complaint and the %1 alike, is put on each of their timelines and is printed in the month&apos;s register.</source>
        <translation>該任務關聯本投訴及 %1 件同類投訴，記入每件投訴的處理紀錄，並打印在當月的客戶投訴登記簿中。</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>ID or account no.</source>
        <translation>證件號碼或賬號</translation>
    </message>
    <message>
        <source>Upgrade of the app</source>
        <translation>軟件升級</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>This PC works on the register the other PCs share (PostgreSQL on the branch network). Nothing is kept in a register of its own.</source>
        <translation>這台電腦使用其他電腦共用的登記簿（分行網絡上的 PostgreSQL），不另存自己的登記簿。</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>ID or account no.</source>
        <translation>證件號碼或賬號</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>The letter is addressed to the customer and gives the register number, the dates and where the customer may turn if unhappy. It is saved as a PDF to print, and noted on the timeline.</source>
        <translation>函件以客戶本人為收件人，載明登記編號、相關日期，以及客戶不滿意時可以求助的機構。函件儲存為 PDF 以便打印，並記入處理經過。</translation>
    </message>
    <message>
        <source>What was found and done (printed as written)</source>
        <translation>調查結果及處理情形（依原文打印）</translation>
    </message>
    <message>
        <source>No ombudsman or regulator is set for this branch&apos;s country, so no letter can be printed: a manager sets it in Settings.</source>
        <translation>尚未為本分行所在國家／地區設定申訴機構或主管機關，因此無法打印函件：請主管於「設定」中填寫。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This register is open read-only on this PC (the file or its folder cannot be written). You can read and print; nothing can be saved.</source>
        <translation>此登記簿在這台電腦上以唯讀方式開啟（檔案或所在資料夾無法寫入）。您可以檢視和打印，但無法儲存任何內容。</translation>
    </message>
    <message>
        <source>branch server %1, database %2</source>
        <translation>分行伺服器 %1，數據庫 %2</translation>
    </message>
    <message>
        <source>The register file failed its check (%1). It is now open read-only: you can read and print, nothing more is written to it.</source>
        <translation>登記簿檔案未通過檢查（%1）。登記簿現已改為唯讀：可以檢視和打印，不會再寫入任何內容到該檔案。</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <source>Making and printing the register is a manager&apos;s task. Your exports show names, phone and ID numbers masked.</source>
        <translation>製作和打印登記簿由主管負責。您匯出的資料中，姓名、電話和證件號碼會部分遮蔽。</translation>
    </message>
    <message>
        <source>Printed to %1: the register&apos;s own PDF, which verify-register can check.</source>
        <translation>已打印至 %1：這是登記簿本身的 PDF，可用 verify-register 核驗。</translation>
    </message>
    <message>
        <source>Printed %1 pages to %2. Only the whole register can be checked with verify-register.</source>
        <translation>已將 %1 頁打印至 %2。只有完整的登記簿才能用 verify-register 核驗。</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <source>Several counter PCs share one register when it is kept on a PostgreSQL server on the branch network.</source>
        <translation>將登記簿存放在分行網絡上的 PostgreSQL 伺服器，多台櫃檯電腦即可共用同一本登記簿。</translation>
    </message>
    <message>
        <source>Now working on: the branch server %1, database %2.</source>
        <translation>目前使用：分行伺服器 %1，數據庫 %2。</translation>
    </message>
    <message>
        <source>No credential store on this PC: the password is kept in settings.ini in the data folder. On a shared counter PC, protect the Windows account with a password of its own.</source>
        <translation>這台電腦沒有認證存放區：密碼儲存在資料存放位置的 settings.ini 中。若是多人共用的櫃檯電腦，請為該 Windows 賬號另設密碼加以保護。</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>Database</source>
        <translation>數據庫</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Every letter to a customer says whom they may turn to if they are unhappy with our answer: the ombudsman or the regulator&apos;s hotline of the branch&apos;s country. The name is printed in the language of the letter.</source>
        <translation>每份致客戶的函件都會寫明：客戶對我們的答覆不滿意時，可以向誰求助，即本分行所在國家／地區的申訴機構或主管機關專線。名稱依函件語言打印。</translation>
    </message>
    <message>
        <source>Letters refer customers to: not set (no default is known for this country), so no letter can be printed.</source>
        <translation>函件告知客戶可求助於：未設定（本國家／地區沒有預設值），因此無法打印函件。</translation>
    </message>
    <message>
        <source>Names, phone numbers, ID numbers and care notes of these %1 closed complaint(s) will be removed. Counts and statistics stay. This cannot be undone.</source>
        <translation>將刪除這 %1 件已結案投訴中的姓名、電話號碼、身份證號及關懷說明。件數與統計資料會保留。此操作無法復原。</translation>
    </message>
</context>
<context>
    <name>actor</name>
    <message>
        <source>schema upgrade</source>
        <translation>軟件升級</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Only a manager may reset an account.</source>
        <translation>只有主管可以重設賬號。</translation>
    </message>
    <message>
        <source>Too many wrong attempts: this account is locked for {minutes} more minute(s), or until a manager resets it.</source>
        <translation>錯誤次數過多，此賬號已鎖定：{minutes} 分鐘後自動解鎖，或由主管重設。</translation>
    </message>
    <message>
        <source>This register already belongs to a branch; sign in as one of its managers.</source>
        <translation>此登記簿已屬於一個分行；請以該分行的主管身份登入。</translation>
    </message>
    <message>
        <source>{path} is not a usable Complaint Book database: {reason}</source>
        <translation>{path} 不是可用的投訴簿數據庫：{reason}</translation>
    </message>
    <message>
        <source>Only a manager may change staff accounts.</source>
        <translation>只有主管可以變更員工賬號。</translation>
    </message>
    <message>
        <source>Unsupported database address {url}: use sqlite:///PATH or postgresql://...</source>
        <translation>不支援的數據庫位址 {url}：請使用 sqlite:///PATH 或 postgresql://...</translation>
    </message>
    <message>
        <source>The connection to the branch server was lost, so nothing was saved. What you typed is still here: save again in a moment. If this keeps happening, check the network cable and that the branch server is switched on.</source>
        <translation>與分行伺服器的連線已中斷，因此未儲存任何內容。您輸入的內容仍保留在畫面上：請稍後再儲存一次。若此情形持續發生，請檢查網絡線是否接好，以及分行伺服器是否已開機。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Complaint Book (schema {found}; this app knows up to {known}). Install the newer version to open it.</source>
        <translation>此數據庫由較新版本的投訴簿寫入（資料結構版本 {found}；本程式最高支援 {known}）。請安裝新版本後再開啟。</translation>
    </message>
    <message>
        <source>Restoring a backup works for a database file only.</source>
        <translation>只能從數據庫檔案還原備份。</translation>
    </message>
    <message>
        <source>{path} was not restored: it does not match its own audit trail ({problem}). Someone may have changed it behind the app; keep it for inspection.</source>
        <translation>未還原 {path}：它與自身的稽核紀錄不符（{problem}）。可能有人繞過本軟件改動過它；請保留該檔案以供檢查。</translation>
    </message>
    <message>
        <source>The register file {file} is not a database: its first bytes are not SQLite&apos;s.</source>
        <translation>登記簿檔案 {file} 不是數據庫：檔案開頭不是 SQLite 的格式。</translation>
    </message>
    <message>
        <source>The register file {file} is a database of some other program, not a complaint register.</source>
        <translation>登記簿檔案 {file} 是其他程式的數據庫，不是投訴登記簿。</translation>
    </message>
    <message>
        <source>The branch server {where} refused user name {user} with the password this PC keeps. If the server&apos;s password was changed, type the new one here; else check the user name and database name in Settings.</source>
        <translation>分行伺服器 {where} 拒絕了使用者名稱 {user} 和這台電腦保存的密碼。如果伺服器密碼已變更，請在此輸入新密碼；否則請在設定中檢查使用者名稱和數據庫名稱。</translation>
    </message>
    <message>
        <source>Cannot reach the branch server at {where}. Check the network cable and that the server is switched on, then start Complaint Book again.</source>
        <translation>無法連上位於 {where} 的分行伺服器。請檢查網絡線是否接好、伺服器是否已開機，然後重新啟動投訴簿。</translation>
    </message>
    <message>
        <source>Cannot open the database at {where}: {reason}</source>
        <translation>無法開啟位於 {where} 的數據庫：{reason}</translation>
    </message>
    <message>
        <source>Type the name of the database.</source>
        <translation>請輸入數據庫名稱。</translation>
    </message>
    <message>
        <source>Could not reach the branch server {where}: no answer within {seconds} seconds. Check the name or address, that the PC is switched on and on the network, and its firewall.</source>
        <translation>無法連上分行伺服器 {where}：{seconds} 秒內沒有回應。請檢查名稱或位址是否正確、該電腦是否已開機並連上網絡，以及其防火牆設定。</translation>
    </message>
    <message>
        <source>Could not reach the branch server {where}: this PC has no way to it on the network. Check the network cable and the address.</source>
        <translation>無法連上分行伺服器 {where}：這台電腦在網絡上找不到通往該伺服器的路徑。請檢查網絡線和位址。</translation>
    </message>
    <message>
        <source>No PC called {host} was found on the network. Check the name, or type its IP address (such as 192.168.1.10).</source>
        <translation>網絡上找不到名為 {host} 的電腦。請檢查名稱，或改為輸入其 IP 位址（例如 192.168.1.10）。</translation>
    </message>
    <message>
        <source>The branch server {where} refused user name {user} with this password. Check the password, and look for a wrong user or database name (a typo in either is refused the same way).</source>
        <translation>分行伺服器 {where} 拒絕了使用者名稱 {user} 和此密碼。請檢查密碼，並查看使用者名稱或數據庫名稱是否有誤（任一拼寫錯誤都會被同樣拒絕）。</translation>
    </message>
    <message>
        <source>The branch server {where} does not let this PC in as user {user} to database {dbname}. Look first for a wrong user or database name; if both are right, allow the branch network in its pg_hba.conf (the README shows how).</source>
        <translation>分行伺服器 {where} 不允許這台電腦以使用者 {user} 進入數據庫 {dbname}。請先檢查使用者名稱或數據庫名稱是否有誤；如果兩者都正確，請在伺服器的 pg_hba.conf 中允許分行網絡（README 中有說明）。</translation>
    </message>
    <message>
        <source>The branch server {where} has no database called {dbname}. Check the name (the README shows how to create it).</source>
        <translation>分行伺服器 {where} 上沒有名為 {dbname} 的數據庫。請檢查名稱（建立方法請見 README）。</translation>
    </message>
    <message>
        <source>The server register is not empty ({held}), so nothing was moved: a move never mixes two registers. Move into a new, empty database on the server.</source>
        <translation>伺服器上的登記簿不是空的（{held}），因此沒有遷移任何內容：遷移絕不會混合兩本登記簿。請遷移到伺服器上一個新的空數據庫。</translation>
    </message>
    <message>
        <source>Only a manager may print and sign the register.</source>
        <translation>只有主管可以打印並簽署登記簿。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is no longer open, so a holding letter makes no sense: print the final response instead.</source>
        <translation>投訴 {register_no} 已不在處理中，無需寄送進度通知函：請改為打印最終答覆函。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is not resolved yet, so there is no final response to send: print a holding letter instead.</source>
        <translation>投訴 {register_no} 尚未解決，還沒有最終答覆可寄：請改為打印進度通知函。</translation>
    </message>
    <message>
        <source>The register cannot be kept on a network drive ({where}): the file is not safe there and saved complaints can be lost. Keep it on this PC&apos;s own disk. For several counter PCs to share one register, set up a branch server instead (README: Several counter PCs: the branch server).</source>
        <translation>登記簿不能放在網絡磁碟機上（{where}）：檔案在那裡不安全，已儲存的投訴可能會遺失。請放在這台電腦自己的磁碟上。如需多台櫃檯電腦共用一本登記簿，請改為設定分行伺服器（README：Several counter PCs: the branch server）。</translation>
    </message>
    <message>
        <source>The register does not match its own audit trail ({count} problem(s), the first: {first}). It cannot be printed and sealed until this is cleared up: run the command check, and ask the branch head to compare it with the last signed register and the backups.</source>
        <translation>登記簿與其自身的稽核紀錄不一致（共 {count} 個問題，第一個：{first}）。在查清之前不能打印和封簽：請執行 check 指令，並請分行經理與最近一次簽章的登記簿和備份核對。</translation>
    </message>
    <message>
        <source>Moving a register into the branch server replaces what the server register&apos;s creation wrote, with the audit trail&apos;s guards lifted for that moment: only the server&apos;s owner role {owner} may do that, not this PC&apos;s user {user}. Nothing was moved. On the server PC, whoever holds the owner&apos;s password sets PGPASSWORD to it and runs, signing in as a manager: {command} move-to-server postgresql://{owner}@localhost/{dbname} --user NAME</source>
        <translation>把登記簿移到分行伺服器，會取代伺服器登記簿建立時寫入的內容，並在這段期間暫時解除稽核軌跡的保護：只有伺服器的擁有者角色 {owner} 可以這樣做，這台電腦的使用者 {user} 不行。沒有移動任何內容。請由持有擁有者密碼的人在伺服器電腦上把 PGPASSWORD 設為該密碼，然後以主管身份登入執行：{command} move-to-server postgresql://{owner}@localhost/{dbname} --user NAME</translation>
    </message>
    <message>
        <source>The owner role {owner} may not create or change the register&apos;s tables in database {dbname}. As the PostgreSQL administrator (psql as &quot;postgres&quot;), type:
    ALTER DATABASE &quot;{dbname}&quot; OWNER TO &quot;{owner}&quot;;
then run this command again. Nothing was changed.</source>
        <translation>擁有者角色 {owner} 無權在數據庫 {dbname} 中建立或變更登記簿的資料表。請以 PostgreSQL 管理員身份（用 &quot;postgres&quot; 登入 psql）輸入：
    ALTER DATABASE &quot;{dbname}&quot; OWNER TO &quot;{owner}&quot;;
然後再次執行本指令。沒有做任何變更。</translation>
    </message>
    <message>
        <source>The register on this server belongs to the counter PCs&apos; user {app}, and the owner role {owner} may not take it over yet. As the PostgreSQL administrator (psql as &quot;postgres&quot;), type:
    GRANT &quot;{app}&quot; TO &quot;{owner}&quot;;
then run this command again. Nothing was changed.</source>
        <translation>這台伺服器上的登記簿屬於櫃檯電腦的使用者 {app}，擁有者角色 {owner} 目前還無權接管。請以 PostgreSQL 管理員身份（用 &quot;postgres&quot; 登入 psql）輸入：
    GRANT &quot;{app}&quot; TO &quot;{owner}&quot;;
然後再次執行本指令。沒有做任何變更。</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Printed {date}</source>
        <comment>printed_on</comment>
        <translation>打印日期 {date}</translation>
    </message>
    <message>
        <source>ID or account no.</source>
        <comment>field_customer_id_no</comment>
        <translation>證件號碼或賬號</translation>
    </message>
    <message>
        <source>Audit trail at printing: {events} entries, the newest #{head_id}, hash {head}.</source>
        <comment>seal_trail</comment>
        <translation>打印時的稽核紀錄：共 {events} 筆，最新為第 {head_id} 筆，雜湊值 {head}。</translation>
    </message>
    <message>
        <source>Not sealed: no manager&apos;s signing key was open when this was printed, so it cannot prove what the database held.</source>
        <comment>seal_unsigned</comment>
        <translation>未封簽：打印時沒有主管的簽章金鑰處於開啟狀態，因此無法證明當時數據庫的內容。</translation>
    </message>
    <message>
        <source>To check it against the database: the app&apos;s command verify-register with this PDF file.</source>
        <comment>seal_check</comment>
        <translation>核對本登記簿與數據庫：使用本軟件的 verify-register 指令和本 PDF 檔案。</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>In person</source>
        <comment>channel.in_person</comment>
        <translation>親臨分行</translation>
    </message>
    <message>
        <source>E-mail or online</source>
        <comment>channel.email</comment>
        <translation>電郵或線上</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>contact_method.email</comment>
        <translation>電郵</translation>
    </message>
    <message>
        <source>Text message</source>
        <comment>contact_method.sms</comment>
        <translation>短訊</translation>
    </message>
</context>
</TS>
