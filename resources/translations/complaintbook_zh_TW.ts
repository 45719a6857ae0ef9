<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="165"/>
        <source>Opening the register...

The first start after an update can take a few minutes with a large register, while it is brought up to date.</source>
        <translation>正在開啟登記簿……

更新後第一次開啟時，若登記簿很大，可能需要幾分鐘來把它升級到新版本。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="207"/>
        <source>This PC is set to work on the branch server (Settings, Branch server). Complaint Book needs it to open the register.</source>
        <translation>這台電腦已設定為使用分行伺服器（見「設定」中的「分行伺服器」）。客訴登記簿需要連上該伺服器才能開啟登記簿。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="227"/>
        <source>Complaint Book is already open with this register (by %1 on %2). Its window has been brought to the front.</source>
        <translation>客訴登記簿已開啟此登記簿（使用者 %1，電腦 %2），已將該視窗移到最前面。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="255"/>
        <source>The register file was damaged. It was moved aside (nothing in it was changed): %1</source>
        <translation>登記簿檔案已損毀，已移至他處（內容未做任何變更）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="261"/>
        <source>No backup was found.</source>
        <translation>找不到備份。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="263"/>
        <source>Restore the newest good backup, from %1 (%2 complaints)?</source>
        <translation>要還原 %1 的最新完好備份（共 %2 件投訴）嗎？</translation>
    </message>
</context>
<context>
    <name>BoxTab</name>
    <message>
        <location filename="../../ui/opinions_view.py" line="349"/>
        <source>Open the box</source>
        <translation>開箱</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="355"/>
        <source>Record the opening</source>
        <translation>登記開箱</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="357"/>
        <source>Witness</source>
        <translation>見證人</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="358"/>
        <source>Slips found</source>
        <translation>清點張數</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="360"/>
        <source>Opening schedule</source>
        <translation>開箱日排程</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="364"/>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="365"/>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="366"/>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="367"/>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="368"/>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="369"/>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="370"/>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="375"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="383"/>
        <source>Openings</source>
        <translation>開箱紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="393"/>
        <source>If the numbers differ: why (e.g. two slips stapled together)</source>
        <translation>若張數不符，請說明原因（例如兩張意見單釘在一起）</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="397"/>
        <source>Transcribe its slips</source>
        <translation>登錄本次意見單</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="398"/>
        <source>Close the opening</source>
        <translation>結束本次開箱</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="399"/>
        <source>History</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="424"/>
        <source>Missed openings: %1</source>
        <translation>未按時開箱：%1</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="435"/>
        <source>closed</source>
        <translation>已結束</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="435"/>
        <source>open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="436"/>
        <source>%1 · by %2, witness %3 · counted %4, entered %5 · %6</source>
        <translation>%1 · 開箱人 %2，見證人 %3 · 清點 %4 張，已登錄 %5 張 · %6</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="468"/>
        <source>All %1 slips are entered.</source>
        <translation>全部 %1 張意見單均已登錄。</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="473"/>
        <source>%1 slips were counted but %2 are entered.</source>
        <translation>清點了 %1 張意見單，但已登錄 %2 張。</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="492"/>
        <source>Opening recorded. Now transcribe its slips.</source>
        <translation>開箱已登記，請接著登錄本次的意見單。</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="505"/>
        <source>Schedule saved.</source>
        <translation>開箱排程已儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="517"/>
        <source>History of the opening</source>
        <translation>本次開箱的稽核紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="521"/>
        <source>Only a manager may read the audit history.</source>
        <translation>只有主管可以查看稽核紀錄。</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="535"/>
        <source>Opening closed.</source>
        <translation>本次開箱已結束。</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/detail_view.py" line="66"/>
        <source>&lt; Back</source>
        <translation>&lt; 返回</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="93"/>
        <source>Add &amp;note</source>
        <translation>新增備註(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="94"/>
        <source>&amp;Contact attempt</source>
        <translation>聯絡紀錄(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="95"/>
        <source>Re&amp;assign</source>
        <translation>重新指派(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="96"/>
        <source>E&amp;xtend deadline</source>
        <translation>延長期限(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="97"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="98"/>
        <source>Re&amp;open</source>
        <translation>重新開啟(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="99"/>
        <source>&amp;Void</source>
        <translation>作廢(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="100"/>
        <source>&amp;History</source>
        <translation>稽核紀錄(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="115"/>
        <source>Receipt</source>
        <translation>受理資訊</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="117"/>
        <source>Received</source>
        <translation>投訴時間</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="118"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="119"/>
        <source>Handler</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="120"/>
        <source>Promised by</source>
        <translation>承諾完成時間</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="121"/>
        <source>Reply due</source>
        <translation>答覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="125"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="127"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="128"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="129"/>
        <source>ID or account no.</source>
        <translation>身分證號或帳號</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="130"/>
        <source>Extra care</source>
        <translation>特別關懷</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="134"/>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="136"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="137"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="138"/>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="139"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="140"/>
        <source>About</source>
        <translation>投訴對象</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="144"/>
        <source>The complaint</source>
        <translation>投訴內容</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="146"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="147"/>
        <source>Description</source>
        <translation>詳細經過</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="148"/>
        <source>Outcome wanted</source>
        <translation>客戶訴求</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="152"/>
        <source>Resolution</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="154"/>
        <location filename="../../ui/detail_view.py" line="520"/>
        <source>Decision</source>
        <translation>認定結果</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="155"/>
        <source>Remedy</source>
        <translation>處理措施</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="156"/>
        <source>Compensation</source>
        <translation>補償</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="157"/>
        <source>Customer accepted</source>
        <translation>客戶是否接受</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="158"/>
        <location filename="../../ui/detail_view.py" line="548"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="159"/>
        <location filename="../../ui/detail_view.py" line="551"/>
        <source>Corrective action</source>
        <translation>改善措施</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="163"/>
        <source>Follow-up and closing</source>
        <translation>回訪與結案</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="165"/>
        <source>Call-back due</source>
        <translation>回訪期限</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="166"/>
        <source>Called back</source>
        <translation>回訪時間</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="167"/>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="168"/>
        <source>Comment</source>
        <translation>客戶意見</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="169"/>
        <source>Closed</source>
        <translation>結案時間</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="170"/>
        <source>Void reason</source>
        <translation>作廢原因</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="174"/>
        <source>Timeline</source>
        <translation>處理經過</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="204"/>
        <source>Reply due %1</source>
        <translation>答覆期限 %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="206"/>
        <source>OVERDUE since %1</source>
        <translation>自 %1 起已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="211"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="211"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="213"/>
        <source>first reply by %1</source>
        <translation>須於 %1 前首次答覆</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="214"/>
        <source>follow-up waived</source>
        <translation>免回訪</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="218"/>
        <source>(not assigned)</source>
        <translation>（未指派）</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="296"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="297"/>
        <source>skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="298"/>
        <source>not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="299"/>
        <source>answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="300"/>
        <source>chose</source>
        <translation>已選擇</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="301"/>
        <source>recorded</source>
        <translation>已記錄</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="307"/>
        <source>Counter checklist, %1, %2 min</source>
        <translation>櫃檯安撫指引，%1，歷時 %2 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="312"/>
        <source>stopped by the safety exit</source>
        <translation>已啟動安全撤離而中止</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="317"/>
        <location filename="../../ui/detail_view.py" line="393"/>
        <location filename="../../ui/detail_view.py" line="630"/>
        <location filename="../../ui/detail_view.py" line="653"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="333"/>
        <source>opinion book</source>
        <translation>意見簿</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="334"/>
        <source>suggestion box</source>
        <translation>意見箱</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="335"/>
        <source>comment card</source>
        <translation>意見卡</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="341"/>
        <source>Copied from the %1 (page or slip %2), written %3</source>
        <translation>抄錄自%1（頁碼或意見單編號 %2），填寫日期 %3</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="354"/>
        <source>Appointment: %1 with %2</source>
        <translation>預約：%1，與 %2 面談</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="373"/>
        <source>command line</source>
        <translation>命令列</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="380"/>
        <source>Recorded as %1</source>
        <translation>已登記，登記編號 %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="382"/>
        <source>Imported from a CSV file</source>
        <translation>從 CSV 檔案匯入</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="386"/>
        <source>Status: %1 → %2</source>
        <translation>狀態：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="397"/>
        <source>Contact attempt (%1): %2</source>
        <translation>聯絡客戶（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="406"/>
        <source>Handler: %1 → %2</source>
        <translation>承辦人：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="415"/>
        <source>Deadline extended: %1 → %2</source>
        <translation>期限延長：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="422"/>
        <source>Recorded from an opinion book or suggestion box entry</source>
        <translation>由意見簿或意見箱的意見轉為投訴登記</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="424"/>
        <source>Counter checklist run attached</source>
        <translation>已附上安撫指引紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="426"/>
        <source>Asked for more time</source>
        <translation>已申請延期</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="428"/>
        <source>Follow-up call: satisfaction %1</source>
        <translation>回訪：滿意度 %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="431"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="445"/>
        <source>(removed)</source>
        <translation>（已刪除）</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="441"/>
        <source>&amp;Acknowledge (Ctrl+Enter)</source>
        <translation>回覆受理(&amp;A) (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="442"/>
        <source>&amp;Start investigating (Ctrl+Enter)</source>
        <translation>開始調查處理(&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="443"/>
        <source>&amp;Resolve... (Ctrl+Enter)</source>
        <translation>解決(&amp;R)... (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="444"/>
        <source>Record &amp;follow-up... (Ctrl+Enter)</source>
        <translation>登記回訪(&amp;F)... (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="446"/>
        <source>C&amp;lose... (Ctrl+Enter)</source>
        <translation>結案(&amp;L)... (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="454"/>
        <source>Approve e&amp;xtension</source>
        <translation>核准延期(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="454"/>
        <source>Ask for more &amp;time</source>
        <translation>申請延期(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="516"/>
        <source>Resolve %1</source>
        <translation>解決 %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="522"/>
        <source>- choose -</source>
        <translation>- 請選擇 -</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="527"/>
        <source>Standard reply</source>
        <translation>標準答覆</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="533"/>
        <source>- insert a standard reply -</source>
        <translation>- 插入標準答覆 -</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="537"/>
        <source>What was done for the customer</source>
        <translation>為客戶做了哪些處理</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="540"/>
        <source>Compensation (%1)</source>
        <translation>補償金額（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="544"/>
        <source>Customer accepted the resolution</source>
        <translation>客戶接受處理結果</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="574"/>
        <source>Follow-up call for %1</source>
        <translation>回訪 %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="578"/>
        <source>Satisfaction (1 = very unhappy, 5 = very happy)</source>
        <translation>滿意度（1 = 非常不滿意，5 = 非常滿意）</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="584"/>
        <source>What the customer said</source>
        <translation>客戶的回饋</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="600"/>
        <source>Close %1. The follow-up call has been recorded.</source>
        <translation>將 %1 結案。回訪已登記。</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="605"/>
        <source>The follow-up call is not recorded. A manager may waive it with a reason.</source>
        <translation>尚未登記回訪。主管可填寫理由免除回訪。</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="608"/>
        <source>Waive the follow-up call</source>
        <translation>免除回訪</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="609"/>
        <source>Reason for the waiver</source>
        <translation>免除理由</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="612"/>
        <source>Close %1</source>
        <translation>將 %1 結案</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="629"/>
        <source>Add a note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="639"/>
        <source>Record a contact attempt</source>
        <translation>登記聯絡情形</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="643"/>
        <source>How</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="649"/>
        <source>Result</source>
        <translation>聯絡結果</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="665"/>
        <source>Reassign %1</source>
        <translation>重新指派 %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="669"/>
        <source>New handler</source>
        <translation>新承辦人</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="674"/>
        <location filename="../../ui/detail_view.py" line="737"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="689"/>
        <source>Ask for more time on %1</source>
        <translation>申請延長 %1 的期限</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="690"/>
        <source>Why more time is needed</source>
        <translation>需要延長期限的原因</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="695"/>
        <source>Another manager approves the request; the new due date follows the branch&apos;s policy.</source>
        <translation>須由申請人以外的另一位主管核准；新的期限依本分行的辦理時限規定計算。</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="700"/>
        <source>Approve more time on %1</source>
        <translation>核准延長 %1 的期限</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="701"/>
        <source>Comment (optional)</source>
        <translation>核准意見（選填）</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="705"/>
        <source>%1 asked: %2</source>
        <translation>%1 申請延期：%2</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="714"/>
        <source>History of %1</source>
        <translation>%1 的稽核紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="723"/>
        <source>Void %1</source>
        <translation>作廢 %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="724"/>
        <source>Reason (the entry keeps its number)</source>
        <translation>理由（該筆仍保留原編號）</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="727"/>
        <source>A void entry stays in the register, marked void, so the numbering has no gaps.</source>
        <translation>作廢的項目仍保留在登記簿中並標示為作廢，編號不會中斷。</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="736"/>
        <source>Reopen %1</source>
        <translation>重新開啟 %1</translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <location filename="../../ui/guided_panels.py" line="276"/>
        <source>Well done. What happens to this conversation?</source>
        <translation>辛苦了。這次接待接下來要怎麼處理？</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="278"/>
        <source>1   Record the complaint now</source>
        <translation>1   現在登記投訴</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="281"/>
        <source>2   Add to an existing complaint:</source>
        <translation>2   補充到既有投訴：</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="284"/>
        <source>register number, e.g. BR01-202611-0007</source>
        <translation>登記編號，例如 BR01-202611-0007</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="287"/>
        <source>3   Finish without a complaint</source>
        <translation>3   結束，不登記投訴</translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message>
        <location filename="../../ui/opinions_view.py" line="68"/>
        <source>Search text, name, page...</source>
        <translation>搜尋內容、姓名、頁碼...</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="81"/>
        <source>Written</source>
        <translation>填寫日期</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="82"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="83"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="84"/>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="85"/>
        <source>State</source>
        <translation>處理情形</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="103"/>
        <source>Selected entry</source>
        <translation>所選意見</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="115"/>
        <source>Written in the book</source>
        <translation>在意見簿上書面答覆</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="116"/>
        <source>By phone</source>
        <translation>電話答覆</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="117"/>
        <source>In person</source>
        <translation>當面答覆</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="123"/>
        <source>Reply</source>
        <translation>答覆</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="124"/>
        <source>Given</source>
        <translation>答覆方式</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="125"/>
        <source>On</source>
        <translation>答覆日期</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="128"/>
        <source>Save reply</source>
        <translation>儲存答覆</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="129"/>
        <source>Promote to complaint...</source>
        <translation>轉為投訴登記...</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="130"/>
        <source>Open the complaint</source>
        <translation>開啟對應投訴</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="131"/>
        <source>View scan</source>
        <translation>檢視掃描檔</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="132"/>
        <source>History</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="170"/>
        <source>Any source</source>
        <translation>全部來源</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="174"/>
        <source>Any kind</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="178"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="183"/>
        <source>Any state</source>
        <translation>全部處理情形</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="184"/>
        <source>Not replied</source>
        <translation>未答覆</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="185"/>
        <source>Replied</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="186"/>
        <source>Promoted</source>
        <translation>已轉投訴</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="187"/>
        <source>Not promoted</source>
        <translation>未轉投訴</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="220"/>
        <source>in register</source>
        <translation>已登記投訴</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="222"/>
        <source>replied</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="222"/>
        <source>not replied</source>
        <translation>未答覆</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="237"/>
        <source>%1 entries</source>
        <translation>共 %1 則意見</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="240"/>
        <source>showing the newest %1; narrow the filters to see others</source>
        <translation>僅顯示最新的 %1 則；請縮小篩選範圍以查看其他意見</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="261"/>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="262"/>
        <source>From: %1</source>
        <translation>留言人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="272"/>
        <source>About: %1</source>
        <translation>涉及：%1</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="275"/>
        <source>In the register as %1</source>
        <translation>已登記為投訴，登記編號 %1</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="306"/>
        <source>Reply saved.</source>
        <translation>答覆已儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="320"/>
        <source>Only a manager may read the audit history.</source>
        <translation>只有主管可以查看稽核紀錄。</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="324"/>
        <source>History of entry #%1</source>
        <translation>意見 #%1 的稽核紀錄</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../ui/app.py" line="67"/>
        <source>Something went wrong</source>
        <translation>發生問題</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="58"/>
        <source>Complaint Book hit an unexpected problem. What you saved is safe, and what you are typing is kept as a draft. Details were written to %1.</source>
        <translation>客訴登記簿發生未預期的問題。已儲存的內容不受影響，正在輸入的內容已保留為草稿。詳細資訊已寫入 %1。</translation>
    </message>
</context>
<context>
    <name>GuidedView</name>
    <message>
        <location filename="../../ui/guided_view.py" line="78"/>
        <source>Leave (Esc)</source>
        <translation>離開 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="108"/>
        <source>Note for this step (optional)</source>
        <translation>本步驟備註（選填）</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="112"/>
        <location filename="../../ui/guided_view.py" line="201"/>
        <location filename="../../ui/guided_view.py" line="411"/>
        <source>Back (Backspace)</source>
        <translation>上一步 (Backspace)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="113"/>
        <source>Skip (S)</source>
        <translation>略過 (S)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="114"/>
        <source>Not applicable (N)</source>
        <translation>不適用 (N)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="115"/>
        <location filename="../../ui/guided_view.py" line="202"/>
        <source>Done, next (Enter)</source>
        <translation>完成，下一步 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="117"/>
        <source>Still upset: three changes (E)</source>
        <translation>仍未平復：三換 (E)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="119"/>
        <source>Safety exit (F12)</source>
        <translation>安全撤離 (F12)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="213"/>
        <source>With the customer: %1</source>
        <translation>接待人員：%1</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="217"/>
        <source>Listening for %1</source>
        <translation>已傾聽 %1</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="325"/>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="326"/>
        <source>Record and continue (Enter)</source>
        <translation>記錄並繼續 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="377"/>
        <source>Close (Enter)</source>
        <translation>關閉 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="386"/>
        <source>Time with the customer: %1</source>
        <translation>接待時間：%1</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="391"/>
        <source>Outcome wanted: %1</source>
        <translation>客戶訴求：%1</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="393"/>
        <source>Promised by: %1</source>
        <translation>承諾完成時間：%1</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="396"/>
        <source>Changes needed: %1 of 3</source>
        <translation>三換：用到第 %1 換（共 3 換）</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="427"/>
        <source>No complaint has the register number %1.</source>
        <translation>找不到登記編號為 %1 的投訴。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="27"/>
        <source>Each line is a saved change. The trail is chained and cannot be edited.</source>
        <translation>每一列是一次已儲存的變更。紀錄逐筆串鏈，無法修改。</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="40"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="41"/>
        <source>Who</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="42"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="43"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="44"/>
        <source>Before</source>
        <translation>變更前</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="45"/>
        <source>After</source>
        <translation>變更後</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="73"/>
        <source>(removed)</source>
        <translation>（已刪除）</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="75"/>
        <source>(secret)</source>
        <translation>（保密）</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/home_view.py" line="34"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="36"/>
        <source>New complaint (Ctrl+N)</source>
        <translation>新增投訴 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="47"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="48"/>
        <location filename="../../ui/home_view.py" line="69"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="49"/>
        <source>Due in 7 days</source>
        <translation>7 天內到期</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="50"/>
        <source>Open</source>
        <translation>未結案</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="51"/>
        <source>Received this month</source>
        <translation>本月收到</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="68"/>
        <source>Overdue: reply date passed</source>
        <translation>已逾期：已過答覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="70"/>
        <source>Due in the next 7 days</source>
        <translation>未來 7 天內到期</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="87"/>
        <source>Appointments booked with customers</source>
        <translation>與客戶的預約</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="94"/>
        <source>At the counter this month</source>
        <translation>本月櫃檯安撫情形</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="101"/>
        <source>Opinion book and suggestion box</source>
        <translation>意見簿與意見箱</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="136"/>
        <source>Nothing here.</source>
        <translation>目前沒有資料。</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="144"/>
        <source>Today&apos;s reading of the opinion book is not signed yet.</source>
        <translation>今日的意見簿尚未閱簽。</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="149"/>
        <source>%1 complaint(s) from the book or box not answered or registered within 3 days.</source>
        <translation>有 %1 則來自意見簿或意見箱的投訴，3 天內未答覆也未登記。</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="155"/>
        <source>Suggestion box opening missed: %1</source>
        <translation>意見箱未按時開箱：%1</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="164"/>
        <source>All read, answered and opened on time.</source>
        <translation>均已按時閱簽、答覆及開箱。</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="175"/>
        <source>no complaint yet</source>
        <translation>尚未登記投訴</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="181"/>
        <source>No appointments ahead.</source>
        <translation>近期沒有預約。</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="184"/>
        <source>Checklist runs: %1</source>
        <translation>安撫指引使用：%1 次</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="187"/>
        <source>Changed person %1, place %2, time %3; safety exits %4</source>
        <translation>換人 %1 次，換地點 %2 次，換時間 %3 次；安全撤離 %4 次</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="195"/>
        <source>Median time to calm: %1 min</source>
        <translation>情緒平復時間（中位數）：%1 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="202"/>
        <source>Most skipped steps: %1</source>
        <translation>最常略過的步驟：%1</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake_form.py" line="134"/>
        <source>Receipt</source>
        <translation>受理資訊</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="140"/>
        <source>Received</source>
        <translation>投訴時間</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="141"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="143"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="151"/>
        <source>Needs extra care (vulnerable customer)</source>
        <translation>需特別關懷（弱勢客戶）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="154"/>
        <source>What help the customer needs</source>
        <translation>客戶需要哪些協助</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="155"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="156"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="157"/>
        <source>ID or account no.</source>
        <translation>身分證號或帳號</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="159"/>
        <source>Care note</source>
        <translation>關懷說明</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="162"/>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="172"/>
        <source>Service, product or counter concerned</source>
        <translation>涉及的業務、商品或櫃檯</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="173"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="174"/>
        <source>Subcategory</source>
        <translation>子類別</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="175"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="176"/>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="177"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="178"/>
        <source>Staff complained about</source>
        <translation>被投訴的員工</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="179"/>
        <source>Service concerned</source>
        <translation>涉及業務</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="182"/>
        <source>The complaint</source>
        <translation>投訴內容</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="185"/>
        <source>One line: what went wrong</source>
        <translation>一句話說明：哪裡出了問題</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="188"/>
        <source>What the customer said happened, in their words</source>
        <translation>依客戶的原話記錄事情經過</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="192"/>
        <source>Ask: what would you like us to do?</source>
        <translation>請問客戶：您希望我們怎麼處理？</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="194"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="195"/>
        <source>Description</source>
        <translation>詳細經過</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="196"/>
        <source>Outcome the customer wants</source>
        <translation>客戶訴求</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="198"/>
        <source>Handling</source>
        <translation>處理安排</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="201"/>
        <source>Promised to the customer by</source>
        <translation>承諾客戶完成於</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="210"/>
        <source>Completion time</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="211"/>
        <source>Handler</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="212"/>
        <source>Reply due</source>
        <translation>答覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="223"/>
        <source>Discard (Esc)</source>
        <translation>捨棄 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="224"/>
        <source>Save (Ctrl+S)</source>
        <translation>儲存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="316"/>
        <location filename="../../ui/intake_form.py" line="327"/>
        <source>- choose -</source>
        <translation>- 請選擇 -</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="331"/>
        <source>(not yet known)</source>
        <translation>（尚不確定）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="336"/>
        <source>(nobody named)</source>
        <translation>（未指明）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="338"/>
        <source>(not assigned)</source>
        <translation>（未指派）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="348"/>
        <source>(general)</source>
        <translation>（不細分）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="392"/>
        <source>shown once channel and category are chosen</source>
        <translation>選擇管道和類別後顯示</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="402"/>
        <source>%1 (first reply by %2)</source>
        <translation>%1（須於 %2 前首次答覆）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="479"/>
        <source>New complaint</source>
        <translation>新增投訴</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="490"/>
        <source>Edit complaint %1</source>
        <translation>編輯投訴 %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="514"/>
        <source>Draft kept at %1</source>
        <translation>草稿已於 %1 儲存</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="592"/>
        <source>You both changed: %1. Your text is in the form; check it.</source>
        <translation>雙方都修改了：%1。表單中保留的是您輸入的內容，請核對。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="597"/>
        <source>Their changes and yours are both in the form now.</source>
        <translation>對方的修改與您的修改現在都已放入表單中。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="608"/>
        <source>Discard this complaint?</source>
        <translation>要捨棄這筆投訴登記嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="609"/>
        <source>What you typed will be lost. Discard it?</source>
        <translation>輸入的內容將會遺失。確定要捨棄嗎？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Complaint Book</source>
        <translation>客訴登記簿</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Switch user / lock (Ctrl+L)</source>
        <translation>切換使用者／鎖定 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Customer is upset (F2)</source>
        <translation>客戶情緒激動 (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Restore it</source>
        <translation>還原</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Discard it</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Resume it</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Close it</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Home</source>
        <translation>首頁</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Register</source>
        <translation>登記簿</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>New complaint</source>
        <translation>新增投訴</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Opinion book</source>
        <translation>意見簿</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Standard replies</source>
        <translation>標準答覆</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Backing up...</source>
        <translation>正在備份...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>This register is open read-only on this PC (the file or its folder cannot be written). You can read and print; nothing can be saved.</source>
        <translation>此登記簿在這台電腦上以唯讀方式開啟（檔案或所在資料夾無法寫入）。您可以檢視和列印，但無法儲存任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Signed in: %1 (%2)</source>
        <translation>已登入：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>The screen was locked. Sign in to continue.</source>
        <translation>螢幕已鎖定，請登入後繼續。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>Branch not set up yet (code %1): see Settings</source>
        <translation>尚未設定分行（代碼 %1）：請至「設定」</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="525"/>
        <source>Saved as %1</source>
        <translation>已儲存，登記編號 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="572"/>
        <source>A counter checklist started at %1 was not finished. Resume it?</source>
        <translation>%1 開始的櫃檯安撫指引尚未完成。要繼續嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="613"/>
        <source>Checklist added to the complaint.</source>
        <translation>安撫指引紀錄已附加到該投訴。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="629"/>
        <source>A complaint you had not saved was kept from %1. Restore it?</source>
        <translation>有一筆 %1 未儲存的投訴已為您保留。要還原嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="709"/>
        <source>Backed up to %1</source>
        <translation>已備份到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="727"/>
        <source>Backing up the register before closing...</source>
        <translation>關閉前正在備份登記簿...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="787"/>
        <source>The register file failed its check (%1). What is saved now may be lost: close Complaint Book and start it again, and it will offer the newest good backup.</source>
        <translation>登記簿檔案未通過檢查（%1）。現在儲存的內容可能會遺失：請關閉客訴登記簿並重新啟動，屆時程式會提示還原最新的完好備份。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="799"/>
        <source>Only a manager may restore a backup.</source>
        <translation>只有主管可以還原備份。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="810"/>
        <source>Restored the backup of %1 (%2 complaints). Sign in again.</source>
        <translation>已還原 %1 的備份（共 %2 件投訴）。請重新登入。</translation>
    </message>
</context>
<context>
    <name>NumbersTab</name>
    <message>
        <location filename="../../ui/opinions_view.py" line="602"/>
        <source>Praise by staff member:</source>
        <translation>各員工受表揚情形：</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="604"/>
        <source>Staff member</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="604"/>
        <source>Praise</source>
        <translation>表揚次數</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="628"/>
        <source>Entries: %1 (%2)</source>
        <translation>意見總數：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="631"/>
        <source>Promoted to complaints: %1</source>
        <translation>轉為投訴登記：%1 則</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="632"/>
        <source>Replied: %1 (%2 of those needing a reply)</source>
        <translation>已答覆：%1 則（占需答覆意見的 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="635"/>
        <source>Days read and signed: %1 of %2</source>
        <translation>已閱簽天數：%1 天（共 %2 天）</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="638"/>
        <source>Suggestion box openings: %1</source>
        <translation>意見箱開箱：%1 次</translation>
    </message>
</context>
<context>
    <name>OpinionForm</name>
    <message>
        <location filename="../../ui/opinion_form.py" line="65"/>
        <source>Transcribe an entry</source>
        <translation>登錄意見</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="83"/>
        <source>book page or slip number</source>
        <translation>意見簿頁碼或意見單編號</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="88"/>
        <source>- choose -</source>
        <translation>- 請選擇 -</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="93"/>
        <source>The customer&apos;s words, as written</source>
        <translation>照客戶所寫原文抄錄</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="97"/>
        <source>leave empty if anonymous</source>
        <translation>匿名可留空</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="104"/>
        <source>Attach scan or photo...</source>
        <translation>附加掃描檔或相片...</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="109"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="110"/>
        <source>Box opening</source>
        <translation>開箱批次</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="111"/>
        <source>Page / slip no.</source>
        <translation>頁碼／單號</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="112"/>
        <source>Date written</source>
        <translation>填寫日期</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="113"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="114"/>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="115"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="116"/>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="117"/>
        <source>About staff member</source>
        <translation>涉及員工</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="118"/>
        <source>About service</source>
        <translation>涉及業務</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="119"/>
        <source>Scan</source>
        <translation>掃描檔</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="120"/>
        <source>Save and next (Ctrl+S)</source>
        <translation>儲存並登錄下一則 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="158"/>
        <source>(nobody named)</source>
        <translation>（未指明）</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="164"/>
        <source>(not from a box opening)</source>
        <translation>（非開箱所得）</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="171"/>
        <source>Opened %1 (witness %2)</source>
        <translation>%1 開箱（見證人 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="196"/>
        <source>Choose the scan or photo</source>
        <translation>選擇掃描檔或相片</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="198"/>
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.pdf)</source>
        <translation>圖片和 PDF 檔案 (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.pdf)</translation>
    </message>
</context>
<context>
    <name>OpinionNames</name>
    <message>
        <location filename="../../ui/opinion_form.py" line="43"/>
        <source>Opinion book</source>
        <translation>意見簿</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="44"/>
        <source>Suggestion box</source>
        <translation>意見箱</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="45"/>
        <source>Comment card</source>
        <translation>意見卡</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="51"/>
        <source>Praise</source>
        <translation>表揚</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="52"/>
        <source>Suggestion</source>
        <translation>建議</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="53"/>
        <source>Question</source>
        <translation>詢問</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="54"/>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
</context>
<context>
    <name>OpinionsView</name>
    <message>
        <location filename="../../ui/opinions_view.py" line="658"/>
        <source>Opinion book and suggestion box</source>
        <translation>意見簿與意見箱</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="666"/>
        <source>Entries</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="667"/>
        <source>Suggestion box</source>
        <translation>意見箱</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="668"/>
        <source>Daily reading</source>
        <translation>每日閱簽</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="669"/>
        <source>Numbers and praise</source>
        <translation>統計與表揚</translation>
    </message>
</context>
<context>
    <name>ReadingTab</name>
    <message>
        <location filename="../../ui/opinions_view.py" line="548"/>
        <source>The branch head, or a manager standing in, reads the opinion book every day and signs it here.</source>
        <translation>分行主管（或代理的主管）每天閱讀意見簿，並在此閱簽。</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="560"/>
        <source>I have read today&apos;s entries: sign</source>
        <translation>今日意見已閱，簽名確認</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="563"/>
        <source>Days in the last two weeks without a sign-off:</source>
        <translation>近兩週未閱簽的日期：</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="566"/>
        <source>Sign the selected day</source>
        <translation>為所選日期閱簽</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="583"/>
        <source>Signed for %1.</source>
        <translation>已完成 %1 的閱簽。</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/register_model.py" line="65"/>
        <source>Register no.</source>
        <translation>登記編號</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="66"/>
        <source>Received</source>
        <translation>投訴時間</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="67"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="68"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="69"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="70"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="71"/>
        <source>Handler</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="72"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="73"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="209"/>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../ui/register_view.py" line="36"/>
        <source>Complaint register</source>
        <translation>客戶投訴登記簿</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="42"/>
        <source>Search number, customer, phone, text... (Ctrl+F)</source>
        <translation>搜尋編號、客戶、電話、內容... (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="48"/>
        <source>Overdue only</source>
        <translation>僅顯示逾期</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="51"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="52"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="53"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="54"/>
        <source>Handler</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="105"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="115"/>
        <source>Any status</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="116"/>
        <source>Not closed</source>
        <translation>未結案</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="120"/>
        <source>Any category</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="124"/>
        <source>Anyone</source>
        <translation>全部承辦人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/register_view.py" line="161"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>共 %n 件投訴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/register_view.py" line="163"/>
        <source>More than %n complaints</source>
        <translation>
            <numerusform>超過 %n 件投訴</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesView</name>
    <message>
        <location filename="../../ui/replies_view.py" line="42"/>
        <source>Standard replies</source>
        <translation>標準答覆手冊</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="44"/>
        <source>Save the booklet as PDF...</source>
        <translation>將手冊儲存為 PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="51"/>
        <source>Agreed answers to what customers object to most often. Replies of the commonest categories come first; each use is counted.</source>
        <translation>針對客戶最常提出的異議，大家議定的統一答覆。最常見類別的答覆排在前面；每次使用都會計數。</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="71"/>
        <source>Reply</source>
        <translation>答覆</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="76"/>
        <source>What the customer says or wants</source>
        <translation>客戶的說法或要求</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="79"/>
        <source>The answer we agreed to give</source>
        <translation>我們議定的答覆</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="80"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="81"/>
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="82"/>
        <source>Answer</source>
        <translation>答覆內容</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="84"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="85"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="87"/>
        <location filename="../../ui/replies_view.py" line="138"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="88"/>
        <source>History</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="110"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/replies_view.py" line="112"/>
        <source>used %n time(s)</source>
        <translation>
            <numerusform>已使用 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="138"/>
        <source>Bring back</source>
        <translation>恢復使用</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="167"/>
        <source>Reply saved.</source>
        <translation>答覆已儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="177"/>
        <source>History of the reply</source>
        <translation>此答覆的稽核紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="182"/>
        <source>Only a manager may read the audit history.</source>
        <translation>只有主管可以查看稽核紀錄。</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="199"/>
        <source>Save the booklet</source>
        <translation>儲存手冊</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="202"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="214"/>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="221"/>
        <source>Booklet with %1 replies saved to %2</source>
        <translation>已將含 %1 則答覆的手冊儲存至 %2</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports_view.py" line="79"/>
        <source>Monthly complaint register</source>
        <translation>每月客戶投訴登記簿</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="87"/>
        <source>Make the register</source>
        <translation>產生登記簿</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="89"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="92"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="92"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="107"/>
        <source>&lt; Previous page</source>
        <translation>&lt; 上一頁</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="110"/>
        <source>Next page &gt;</source>
        <translation>下一頁 &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="115"/>
        <source>Print...</source>
        <translation>列印...</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="116"/>
        <source>Save as PDF...</source>
        <translation>另存為 PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="117"/>
        <source>Export CSV...</source>
        <translation>匯出 CSV...</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="118"/>
        <source>Export Excel...</source>
        <translation>匯出 Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="124"/>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="207"/>
        <source>Reading complaints: %v of %m</source>
        <translation>正在讀取投訴：第 %v 件，共 %m 件</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="210"/>
        <source>Laying out page %1</source>
        <translation>正在排版第 %1 頁</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="217"/>
        <source>of %1</source>
        <translation>共 %1 頁</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="219"/>
        <source>Register ready: %1 complaints on %2 pages.</source>
        <translation>登記簿已產生：共 %1 件投訴，%2 頁。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="229"/>
        <source>The register could not be made: %1</source>
        <translation>無法產生登記簿：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="233"/>
        <source>Cancelled. Nothing was saved.</source>
        <translation>已取消，未儲存任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="280"/>
        <source>The printer could not be started.</source>
        <translation>無法啟動印表機。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="301"/>
        <source>Sent %1 pages to the printer.</source>
        <translation>已將 %1 頁傳送至印表機。</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="319"/>
        <source>Save the register</source>
        <translation>儲存登記簿</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="321"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="331"/>
        <location filename="../../ui/reports_view.py" line="378"/>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="337"/>
        <source>Saved to %1</source>
        <translation>已儲存至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="345"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="345"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="348"/>
        <source>Export the month</source>
        <translation>匯出當月投訴</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="367"/>
        <source>Exporting...</source>
        <translation>正在匯出...</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="371"/>
        <source>Exported %1 complaints to %2</source>
        <translation>已將 %1 件投訴匯出至 %2</translation>
    </message>
</context>
<context>
    <name>RungPanel</name>
    <message>
        <location filename="../../ui/guided_panels.py" line="155"/>
        <source>You can say:</source>
        <translation>您可以這樣說：</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="176"/>
        <source>Note (optional)</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="201"/>
        <source>Customer still upset: change %1 of 3</source>
        <translation>客戶情緒仍未平復：第 %1 換（共 3 換）</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="207"/>
        <source>Why: %1</source>
        <translation>為什麼這樣做：%1</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="228"/>
        <source>Who takes over:</source>
        <translation>由誰接手：</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="229"/>
        <source>Where you moved to:</source>
        <translation>換到哪裡：</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="230"/>
        <source>When, and with which senior manager:</source>
        <translation>時間，以及與哪位上級主管面談：</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <location filename="../../ui/guided_panels.py" line="255"/>
        <source>What happened (optional, can be written later)</source>
        <translation>發生了什麼事（選填，可稍後補寫）</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../../ui/server_box.py" line="75"/>
        <source>Branch server</source>
        <translation>分行伺服器</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="86"/>
        <source>Several counter PCs share one register when it is kept on a PostgreSQL server on the branch network.</source>
        <translation>將登記簿存放在分行網路上的 PostgreSQL 伺服器，多台櫃檯電腦即可共用同一本登記簿。</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="95"/>
        <source>e.g. 192.168.1.10</source>
        <translation>例如 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="104"/>
        <source>Server PC</source>
        <translation>伺服器電腦</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="105"/>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="106"/>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="107"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="108"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="109"/>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="112"/>
        <source>Use this server</source>
        <translation>使用此伺服器</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="114"/>
        <source>Use this PC only</source>
        <translation>僅使用本機</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="127"/>
        <source>The password is kept in this PC&apos;s settings file. On a shared counter PC, protect the Windows account with a password of its own.</source>
        <translation>密碼儲存在這台電腦的設定檔中。若是多人共用的櫃檯電腦，請為該 Windows 帳號另設密碼加以保護。</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="155"/>
        <source>Now working on: the branch server %1, database %2.</source>
        <translation>目前使用：分行伺服器 %1，資料庫 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="160"/>
        <source>Now working on: this PC&apos;s own register file.</source>
        <translation>目前使用：這台電腦本身的登記簿檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="198"/>
        <source>Testing the connection to %1 (this takes at most %2 seconds)...</source>
        <translation>正在測試與 %1 的連線（最多需要 %2 秒）...</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="258"/>
        <source>Saved. Close and start Complaint Book again to work on the branch server.</source>
        <translation>已儲存。請關閉並重新啟動客訴登記簿，之後即會使用分行伺服器。</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="262"/>
        <source>Saved. Close and start Complaint Book again to work on this PC&apos;s own register file.</source>
        <translation>已儲存。請關閉並重新啟動客訴登記簿，之後即會改用這台電腦本身的登記簿檔案。</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings_view.py" line="57"/>
        <source>Branch settings</source>
        <translation>分行設定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="66"/>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="70"/>
        <source>Starts every register number, e.g. BR01-202603-0001</source>
        <translation>作為每個登記編號的開頭，例如 BR01-202603-0001</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="75"/>
        <source>Two-letter country code for public holidays: CN, VN, GB, TW, HK...</source>
        <translation>國定假日依據的兩碼國家或地區代碼：CN、VN、GB、TW、HK...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="82"/>
        <source>Branch name</source>
        <translation>分行名稱</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="83"/>
        <source>Branch code</source>
        <translation>分行代碼</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="84"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="85"/>
        <source>Branch head</source>
        <translation>分行主管</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="86"/>
        <source>Country</source>
        <translation>國家／地區</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="87"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="88"/>
        <source>Deadline policy</source>
        <translation>辦理時限規定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="89"/>
        <source>Custom: working days</source>
        <translation>自訂：工作天數</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="90"/>
        <source>Categories</source>
        <translation>類別方案</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="91"/>
        <source>Clerks may sign in with a 6-digit PIN</source>
        <translation>櫃員可使用 6 位數 PIN 碼登入</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="94"/>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="98"/>
        <source>Lock the screen after</source>
        <translation>閒置多久後鎖定螢幕</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="99"/>
        <source>Keep personal data (years)</source>
        <translation>個人資料保存期限（年）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="106"/>
        <source>Language of this PC</source>
        <translation>本機介面語言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="107"/>
        <source>Anonymise old personal data...</source>
        <translation>將過期個人資料去識別化...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="110"/>
        <source>Save settings</source>
        <translation>儲存設定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="113"/>
        <source>History of the settings...</source>
        <translation>設定的稽核紀錄...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="119"/>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="125"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="129"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="136"/>
        <source>Deactivate / reactivate selected</source>
        <translation>停用／啟用所選員工</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="139"/>
        <source>Set sign-in of selected...</source>
        <translation>設定所選員工的登入資訊...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="142"/>
        <source>History of selected...</source>
        <translation>所選員工的稽核紀錄...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="152"/>
        <source>Your data</source>
        <translation>您的資料</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="156"/>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="157"/>
        <source>Restore...</source>
        <translation>還原...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="158"/>
        <source>Second copy to folder...</source>
        <translation>第二份備份資料夾...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="201"/>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="220"/>
        <source>This PC works on the branch server, so the register is backed up there with pg_dump (the README shows how). These buttons are for a register file on this PC only.</source>
        <translation>這台電腦使用的是分行伺服器，登記簿需在伺服器上以 pg_dump 備份（方法請見 README）。這些按鈕僅適用於這台電腦上的登記簿檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="234"/>
        <source>Data folder: %1
Newest backup: %2 (%3)</source>
        <translation>資料存放位置：%1
最新備份：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="241"/>
        <source>Data folder: %1
No backup yet.</source>
        <translation>資料存放位置：%1
尚無備份。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="247"/>
        <source>Choose a backup to restore</source>
        <translation>選擇要還原的備份</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="248"/>
        <source>Complaint Book backups (*.sqlite3)</source>
        <translation>客訴登記簿備份 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="255"/>
        <source>Folder for a second copy of each backup (e.g. a USB stick)</source>
        <translation>每次備份另存一份副本的資料夾（例如 USB 隨身碟）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="285"/>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="297"/>
        <source>Staff member added.</source>
        <translation>已新增員工。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="306"/>
        <source>History of the branch settings</source>
        <translation>分行設定的稽核紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="317"/>
        <location filename="../../ui/settings_view.py" line="368"/>
        <location filename="../../ui/settings_view.py" line="405"/>
        <source>Select a staff member first.</source>
        <translation>請先選擇一位員工。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="311"/>
        <location filename="../../ui/settings_view.py" line="320"/>
        <source>Only a manager may read the audit history.</source>
        <translation>只有主管可以查看稽核紀錄。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="323"/>
        <source>History of %1</source>
        <translation>%1 的稽核紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="337"/>
        <source>No closed complaint is older than the retention period with personal data left.</source>
        <translation>沒有已超過保存期限且仍含個人資料的已結案投訴。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="344"/>
        <source>... and %1 more</source>
        <translation>...另有 %1 件</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="346"/>
        <source>Anonymise personal data</source>
        <translation>個人資料去識別化</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="349"/>
        <source>Anonymised %1 complaint(s).</source>
        <translation>已將 %1 件投訴去識別化。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="355"/>
        <source>Names, phone numbers, ID numbers and care notes of these %1 closed complaint(s) will be removed. Counts and statistics stay. This cannot be undone.</source>
        <translation>將刪除這 %1 件已結案投訴中的姓名、電話號碼、身分證號及關懷說明。件數與統計資料會保留。此操作無法復原。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="385"/>
        <source>Sign-in of %1</source>
        <translation>%1 的登入資訊</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="387"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="388"/>
        <source>New password (empty: keep)</source>
        <translation>新密碼（留空則不變更）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="389"/>
        <source>New 6-digit PIN (clerks; empty: keep)</source>
        <translation>新的 6 位數 PIN 碼（限櫃員；留空則不變更）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="390"/>
        <source>Also lift a lockout</source>
        <translation>同時解除鎖定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="394"/>
        <source>Passwords are stored only as Argon2id hashes; nobody can read them back.</source>
        <translation>密碼僅以 Argon2id 雜湊值儲存，任何人都無法讀回原密碼。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="398"/>
        <source>Sign-in saved.</source>
        <translation>登入資訊已儲存。</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../ui/sign_in_view.py" line="114"/>
        <source>Welcome: set up your branch</source>
        <translation>歡迎使用：請設定您的分行</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="118"/>
        <source>This takes a minute. You become the first manager and can add staff afterwards.</source>
        <translation>只需一分鐘。您將成為第一位主管，之後可再新增員工。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="141"/>
        <source>Clerks may sign in with a 6-digit PIN</source>
        <translation>櫃員可使用 6 位數 PIN 碼登入</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="149"/>
        <source>Branch name</source>
        <translation>分行名稱</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="150"/>
        <source>Branch code</source>
        <translation>分行代碼</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="151"/>
        <source>Country</source>
        <translation>國家／地區</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="152"/>
        <source>Deadline policy</source>
        <translation>辦理時限規定</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="153"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="155"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="156"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="157"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="158"/>
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="161"/>
        <source>Set up and sign in</source>
        <translation>完成設定並登入</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="176"/>
        <source>The two passwords differ; type them again.</source>
        <translation>兩次輸入的密碼不一致，請重新輸入。</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../../ui/sign_in_view.py" line="48"/>
        <source>Complaint Book</source>
        <translation>客訴登記簿</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="61"/>
        <source>password, or PIN if allowed</source>
        <translation>密碼，或 PIN 碼（若已開放）</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="62"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="63"/>
        <source>Password or PIN</source>
        <translation>密碼或 PIN 碼</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="64"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../ui/guided_panels.py" line="52"/>
        <source>You can say:</source>
        <translation>您可以這樣說：</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="73"/>
        <source>Standard replies for this kind of complaint (double-click to use):</source>
        <translation>此類投訴的標準答覆（按兩下即可使用）：</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="101"/>
        <source>Why: %1</source>
        <translation>為什麼這樣做：%1</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../models/attachments.py" line="26"/>
        <source>A scan must be a picture (PNG, JPEG...) or a PDF, not {suffix}.</source>
        <translation>掃描檔須為圖片（PNG、JPEG 等）或 PDF，不支援 {suffix}。</translation>
    </message>
    <message>
        <location filename="../../models/attachments.py" line="36"/>
        <source>The scan is larger than 25 MB; scan at a lower resolution.</source>
        <translation>掃描檔超過 25 MB，請以較低解析度掃描。</translation>
    </message>
    <message>
        <location filename="../../models/attachments.py" line="47"/>
        <location filename="../../models/importer.py" line="367"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>無法讀取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="48"/>
        <location filename="../../models/branch.py" line="155"/>
        <location filename="../../models/complaints.py" line="180"/>
        <source>No staff member #{id}.</source>
        <translation>找不到員工 #{id}。</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="56"/>
        <source>A password needs at least {n} characters.</source>
        <translation>密碼至少需要 {n} 個字元。</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="63"/>
        <source>A PIN is exactly six digits.</source>
        <translation>PIN 碼須為 6 位數字。</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="69"/>
        <source>Only a manager may set another person&apos;s sign-in.</source>
        <translation>只有主管可以設定他人的登入資訊。</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="91"/>
        <source>A user name is 2-40 letters, digits, dots, dashes or underscores.</source>
        <translation>使用者名稱須為 2 至 40 個字元，只能包含英文字母、數字、點（.）、連字號（-）或底線（_）。</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="99"/>
        <source>That user name is already taken.</source>
        <translation>此使用者名稱已被使用。</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="113"/>
        <source>PINs are allowed only for clerks, when a manager has switched them on.</source>
        <translation>只有櫃員可以使用 PIN 碼，且須由主管開啟此功能。</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="126"/>
        <source>Only a manager may reset an account.</source>
        <translation>只有主管可以重設帳號。</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="141"/>
        <source>Too many wrong attempts: this account is locked for {minutes} more minute(s), or until a manager resets it.</source>
        <translation>錯誤次數過多，此帳號已鎖定：{minutes} 分鐘後自動解鎖，或由主管重設。</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="145"/>
        <source>Wrong user name or password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="236"/>
        <source>The branch is already set up; sign in as a manager.</source>
        <translation>分行已設定完成，請以主管身分登入。</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="31"/>
        <source>This register is on the branch server, so it is backed up there with pg_dump (the README shows how). Back up now and Restore work on a register file on this PC only.</source>
        <translation>此登記簿位於分行伺服器上，需在伺服器上以 pg_dump 備份（方法請見 README）。「立即備份」與「還原」僅適用於這台電腦上的登記簿檔案。</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="75"/>
        <source>The backup copy failed its integrity check: {detail}</source>
        <translation>備份副本未通過完整性檢查：{detail}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="83"/>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>無法將備份寫入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="155"/>
        <source>No such file: {path}</source>
        <translation>找不到檔案：{path}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="168"/>
        <source>{path} is not a usable Complaint Book database: {reason}</source>
        <translation>{path} 不是可用的客訴登記簿資料庫：{reason}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="174"/>
        <source>{path} is damaged: {reason}</source>
        <translation>{path} 已損毀：{reason}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="178"/>
        <source>{path} was written by a newer version of Complaint Book.</source>
        <translation>{path} 是由較新版本的客訴登記簿寫入的。</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="62"/>
        <location filename="../../models/opinions.py" line="276"/>
        <source>Only a manager may change the branch settings.</source>
        <translation>只有主管可以變更分行設定。</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="81"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>請輸入 {low} 到 {high} 之間的整數。</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="91"/>
        <source>Branch code must be 1-16 letters or digits (it starts every register number).</source>
        <translation>分行代碼須為 1 至 16 個英文字母或數字（作為每個登記編號的開頭）。</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="97"/>
        <source>The branch needs a name.</source>
        <translation>請填寫分行名稱。</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="104"/>
        <source>Currency is a three-letter code such as CNY, VND or GBP.</source>
        <translation>幣別須為三個字母的代碼，例如 CNY、VND 或 GBP。</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="110"/>
        <location filename="../../models/deadlines.py" line="109"/>
        <source>Unknown deadline policy {value}.</source>
        <translation>無法辨識的辦理時限規定：{value}。</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="114"/>
        <source>Unknown category preset {value}.</source>
        <translation>無法辨識的類別方案：{value}。</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="137"/>
        <source>Only a manager may add staff.</source>
        <translation>只有主管可以新增員工。</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="140"/>
        <source>Enter the staff member&apos;s name.</source>
        <translation>請輸入員工姓名。</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="143"/>
        <source>Role must be clerk or manager.</source>
        <translation>角色須為櫃員（clerk）或主管（manager）。</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="151"/>
        <source>Only a manager may change staff accounts.</source>
        <translation>只有主管可以變更員工帳號。</translation>
    </message>
    <message>
        <location filename="../../models/checklists.py" line="33"/>
        <source>The checklist file has {count} problem(s):
{problems}</source>
        <translation>安撫指引檔案有 {count} 個問題：
{problems}</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="107"/>
        <source>Write a one-line summary of the complaint.</source>
        <translation>請用一句話摘要投訴內容。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="111"/>
        <source>Ask the customer what outcome they want, and write it down.</source>
        <translation>請詢問客戶希望得到什麼結果，並記錄下來。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="120"/>
        <source>A phone number may hold only digits, spaces and + - ( ) . /</source>
        <translation>電話號碼只能包含數字、空格及 + - ( ) . /</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="130"/>
        <source>The received time is in the future; check the date and time.</source>
        <translation>投訴時間晚於目前時間，請檢查日期和時間。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="138"/>
        <source>The promised completion time is before the complaint was received.</source>
        <translation>承諾完成時間早於投訴時間。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="145"/>
        <source>Choose the channel.</source>
        <translation>請選擇管道。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="146"/>
        <source>Choose the scope.</source>
        <translation>請選擇範圍。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="147"/>
        <source>Choose the severity.</source>
        <translation>請選擇嚴重程度。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="153"/>
        <source>Unknown code {value}.</source>
        <translation>無法辨識的代碼：{value}。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="158"/>
        <location filename="../../models/replies.py" line="133"/>
        <source>Choose a category.</source>
        <translation>請選擇類別。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="162"/>
        <source>Unknown category {value}.</source>
        <translation>無法辨識的類別：{value}。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="167"/>
        <source>Unknown cause {value}.</source>
        <translation>無法辨識的原因：{value}。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="185"/>
        <source>The handler cannot be the staff member the complaint is about; choose someone else.</source>
        <translation>承辦人不能是被投訴的員工，請改選其他人。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="224"/>
        <location filename="../../models/importer.py" line="258"/>
        <source>Register number {value} is not CODE-YYYYMM-NNNN.</source>
        <translation>登記編號 {value} 的格式不是 CODE-YYYYMM-NNNN（分行代碼-年月-序號）。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="255"/>
        <location filename="../../models/guided.py" line="320"/>
        <source>No complaint #{id}.</source>
        <translation>找不到投訴 #{id}。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="267"/>
        <source>Complaint {register_no} is assigned to someone else; only its handler or a manager may work on it.</source>
        <translation>投訴 {register_no} 已指派給其他人；只有其承辦人或主管可以處理。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="281"/>
        <source>Complaint {register_no} was changed by {who} at {when}, after you opened it, so your change was not saved. What you entered is kept: look at their change, then save again.</source>
        <translation>在您開啟投訴 {register_no} 之後，{who} 於 {when} 修改了這件投訴，因此您的修改未儲存。您輸入的內容仍保留著：請先查看對方的修改，再儲存一次。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="337"/>
        <source>Complaint {register_no} is {status}; reopen it before editing.</source>
        <translation>投訴 {register_no} 目前狀態為「{status}」，請先重新開啟再編輯。</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="346"/>
        <source>The received date cannot move to another month: the register number belongs to its month. Void this entry with a reason and record it again.</source>
        <translation>投訴時間不能改到其他月份：登記編號按月編排。請填寫理由將此筆作廢，再重新登記。</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="86"/>
        <source>Unsupported database address {url}: use sqlite:///PATH or postgresql://...</source>
        <translation>不支援的資料庫位址 {url}：請使用 sqlite:///PATH 或 postgresql://...</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="153"/>
        <source>The connection to the branch server was lost, so nothing was saved. What you typed is still here: save again in a moment. If this keeps happening, check the network cable and that the branch server is switched on.</source>
        <translation>與分行伺服器的連線已中斷，因此未儲存任何內容。您輸入的內容仍保留在畫面上：請稍後再儲存一次。若此情形持續發生，請檢查網路線是否接好，以及分行伺服器是否已開機。</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="270"/>
        <source>The disk is full, so nothing was saved. Free some space (or ask for help), then save again: what you typed is still here.</source>
        <translation>磁碟已滿，因此未儲存任何內容。請釋放一些空間（或請人協助）後再儲存一次：您輸入的內容仍保留在畫面上。</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="278"/>
        <source>The register is open read-only here, so nothing can be saved on this PC.</source>
        <translation>此登記簿在這裡以唯讀方式開啟，因此無法在這台電腦上儲存任何內容。</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="284"/>
        <source>The register is busy: another program is writing to it. Nothing was saved; wait a moment and save again.</source>
        <translation>登記簿忙碌中：另一個程式正在寫入。未儲存任何內容；請稍候再儲存一次。</translation>
    </message>
    <message>
        <location filename="../../models/deadlines.py" line="41"/>
        <source>No public holiday calendar is known for country code {value}.</source>
        <translation>找不到國家或地區代碼 {value} 的國定假日行事曆。</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="47"/>
        <source>Only a manager may import a checklist.</source>
        <translation>只有主管可以匯入安撫指引。</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="65"/>
        <source>No checklist run #{id}.</source>
        <translation>找不到安撫指引紀錄 #{id}。</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="73"/>
        <source>This checklist run has already ended.</source>
        <translation>此安撫指引紀錄已經結束。</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="157"/>
        <source>Enter the date and time you promised.</source>
        <translation>請輸入您承諾的日期和時間。</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="163"/>
        <source>The promised time is already in the past.</source>
        <translation>承諾的時間已經過了。</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="173"/>
        <source>Write down the customer&apos;s answer, or skip the step.</source>
        <translation>請記下客戶的回答，或略過此步驟。</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="217"/>
        <source>All three changes have been tried; book the appointment or use the safety exit.</source>
        <translation>三換（換人、換地點、換時間）都已嘗試；請完成預約，或使用安全撤離。</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="229"/>
        <source>Choose the colleague who takes over.</source>
        <translation>請選擇接手的同事。</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="239"/>
        <source>Write where you moved to.</source>
        <translation>請填寫換到哪裡。</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="249"/>
        <source>Choose the senior manager the customer will meet.</source>
        <translation>請選擇將與客戶面談的上級主管。</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="256"/>
        <source>Choose a date and time in the future.</source>
        <translation>請選擇未來的日期和時間。</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="323"/>
        <source>This run already belongs to another complaint.</source>
        <translation>此安撫指引紀錄已關聯到其他投訴。</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="37"/>
        <location filename="../../models/importer.py" line="114"/>
        <source>{column} is empty.</source>
        <translation>{column} 為空白。</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="38"/>
        <source>{column}: {value} is unknown.</source>
        <translation>{column}：無法辨識 {value}。</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="80"/>
        <source>{column}: {value} is not an ISO 8601 date-time (e.g. 2026-03-05T14:30).</source>
        <translation>{column}：{value} 不是 ISO 8601 格式的日期時間（例如 2026-03-05T14:30）。</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="104"/>
        <source>{column}: {value} is not yes or no.</source>
        <translation>{column}：{value} 不是 yes 或 no。</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="121"/>
        <source>{column}: {value} is unknown; use one of {allowed}.</source>
        <translation>{column}：無法辨識 {value}，請使用下列其中之一：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="230"/>
        <source>satisfaction must be 1 to 5.</source>
        <translation>satisfaction（滿意度）須為 1 至 5。</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="240"/>
        <source>extension_level must be a number.</source>
        <translation>extension_level 須為數字。</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="268"/>
        <source>Register number {value} is not in the month it was received.</source>
        <translation>登記編號 {value} 與投訴時間的月份不符。</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="278"/>
        <source>Register number {value} is already in the register.</source>
        <translation>登記編號 {value} 已存在於登記簿中。</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="288"/>
        <source>A closed complaint needs closed_at.</source>
        <translation>已結案的投訴須填寫 closed_at（結案時間）。</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="294"/>
        <source>A void entry needs void_reason.</source>
        <translation>已作廢的項目須填寫 void_reason（作廢原因）。</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="301"/>
        <source>A resolved or closed complaint needs a resolution.</source>
        <translation>已解決或已結案的投訴須填寫處理結果。</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="362"/>
        <source>Only a manager may import complaints.</source>
        <translation>只有主管可以匯入投訴。</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="373"/>
        <source>{file} is neither UTF-8 nor GB18030 text.</source>
        <translation>{file} 不是 UTF-8 或 GB18030 編碼的文字檔。</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="381"/>
        <source>{file} lacks the column(s) {missing}; the first line must name the columns as the README lists them.</source>
        <translation>{file} 缺少下列欄位：{missing}；第一行須依 README 所列寫出欄位名稱。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="36"/>
        <source>Complaint {register_no} is {status}; only a newly received complaint is acknowledged.</source>
        <translation>投訴 {register_no} 目前狀態為「{status}」；只有剛收到的投訴才能回覆受理。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="40"/>
        <source>Complaint {register_no} is {status}; acknowledge it before investigating.</source>
        <translation>投訴 {register_no} 目前狀態為「{status}」；請先回覆受理，再開始調查。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="43"/>
        <source>Complaint {register_no} is {status}; only a complaint under investigation is resolved.</source>
        <translation>投訴 {register_no} 目前狀態為「{status}」；只有調查處理中的投訴才能標示為已解決。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="47"/>
        <source>Complaint {register_no} is {status}; this needs a resolved complaint.</source>
        <translation>投訴 {register_no} 目前狀態為「{status}」；此操作僅適用於已解決的投訴。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="50"/>
        <source>Complaint {register_no} is {status}; only a resolved or closed complaint is reopened.</source>
        <translation>投訴 {register_no} 目前狀態為「{status}」；只有已解決或已結案的投訴才能重新開啟。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="54"/>
        <source>Complaint {register_no} is {status}; this is possible only while it is open.</source>
        <translation>投訴 {register_no} 目前狀態為「{status}」；此操作僅能在尚未結案時進行。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="80"/>
        <source>Give a reason.</source>
        <translation>請填寫理由。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="112"/>
        <source>{value} is not an amount of money.</source>
        <translation>{value} 不是有效的金額。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="118"/>
        <source>Compensation must be zero or a positive amount.</source>
        <translation>補償金額須為零或正數。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="140"/>
        <source>Choose whether the complaint was upheld.</source>
        <translation>請選擇投訴是否成立。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="145"/>
        <source>Describe what was done for the customer.</source>
        <translation>請說明為客戶做了哪些處理。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="187"/>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>滿意度須為 1 至 5 分。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="215"/>
        <source>A complaint can be closed only once it has a resolution.</source>
        <translation>投訴須有處理結果才能結案。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="222"/>
        <source>Record the root cause before closing: it is what the branch learns from.</source>
        <translation>結案前請填寫根本原因：這是分行學習改進的依據。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="231"/>
        <source>The follow-up call has not been recorded. Record it, or have a manager waive it.</source>
        <translation>尚未登記回訪。請登記回訪，或由主管免除回訪。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="239"/>
        <source>Only a manager may waive the follow-up call.</source>
        <translation>只有主管可以免除回訪。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="252"/>
        <source>Only a manager may void a complaint.</source>
        <translation>只有主管可以作廢投訴。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="258"/>
        <source>Complaint {register_no} is already void.</source>
        <translation>投訴 {register_no} 已作廢。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="269"/>
        <source>Only a manager may reopen a complaint.</source>
        <translation>只有主管可以重新開啟投訴。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="308"/>
        <source>More time has already been asked for; a manager must approve it first.</source>
        <translation>已申請過延期，須先由主管核准。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="324"/>
        <source>Only a manager may approve a deadline extension.</source>
        <translation>只有主管可以核准延長期限。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="334"/>
        <source>Nobody has asked for more time on this complaint yet.</source>
        <translation>目前尚無人為此投訴申請延期。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="338"/>
        <source>You asked for this extension yourself; another manager must approve it.</source>
        <translation>此延期是您本人申請的，須由另一位主管核准。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="354"/>
        <source>No further extension is allowed under this branch&apos;s deadline policy.</source>
        <translation>依本分行的辦理時限規定，不能再延期。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="363"/>
        <source>The note is empty.</source>
        <translation>備註是空白的。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="377"/>
        <source>Choose how the customer was contacted.</source>
        <translation>請選擇聯絡客戶的方式。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="381"/>
        <source>Choose the result of the contact attempt.</source>
        <translation>請選擇聯絡結果。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="396"/>
        <source>Only a manager may assign or reassign a complaint.</source>
        <translation>只有主管可以指派或重新指派投訴。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="405"/>
        <source>Choose an active staff member as handler.</source>
        <translation>請選擇一位在職員工擔任承辦人。</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="410"/>
        <source>The handler cannot be the staff member the complaint is about.</source>
        <translation>承辦人不能是被投訴的員工。</translation>
    </message>
    <message>
        <location filename="../../models/migrations.py" line="266"/>
        <source>This database was written by a newer version of Complaint Book (schema {found}; this app knows up to {known}). Install the newer version to open it.</source>
        <translation>此資料庫由較新版本的客訴登記簿寫入（資料結構版本 {found}；本程式最高支援 {known}）。請安裝新版本後再開啟。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="64"/>
        <source>Choose where the entry comes from.</source>
        <translation>請選擇這則意見的來源。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="69"/>
        <source>Choose the kind: praise, suggestion, question or complaint.</source>
        <translation>請選擇類型：表揚、建議、詢問或投訴。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="74"/>
        <source>Copy the customer&apos;s words into the text.</source>
        <translation>請將客戶的原話抄錄到「內容」欄。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="79"/>
        <source>The date written is in the future; check it.</source>
        <translation>填寫日期晚於今天，請檢查。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="86"/>
        <location filename="../../models/opinions.py" line="219"/>
        <source>No suggestion box opening #{id}.</source>
        <translation>找不到意見箱開箱紀錄 #{id}。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="90"/>
        <location filename="../../models/opinions.py" line="223"/>
        <source>That box opening is already closed.</source>
        <translation>該次開箱已經結束。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="112"/>
        <source>No opinion entry #{id}.</source>
        <translation>找不到意見 #{id}。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="121"/>
        <source>Write the reply that was given.</source>
        <translation>請填寫已給客戶的答覆。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="124"/>
        <source>Choose how the reply was given.</source>
        <translation>請選擇答覆方式。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="156"/>
        <source>This entry is already in the register as {register_no}.</source>
        <translation>這則意見已登記為投訴，登記編號 {register_no}。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="184"/>
        <source>An opening needs a witness; write their name.</source>
        <translation>開箱須有見證人，請填寫見證人姓名。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="189"/>
        <source>The witness must be someone other than the person opening the box.</source>
        <translation>見證人不能是開箱人本人。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="195"/>
        <source>Count the slips found (0 or more).</source>
        <translation>請填寫清點到的意見單張數（0 或以上）。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="229"/>
        <source>{found} slips were counted but {entered} entered. Enter the missing slips, or explain the difference before closing.</source>
        <translation>清點了 {found} 張意見單，但已登錄 {entered} 張。請補登缺少的意見單，或在結束開箱前說明差異原因。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="281"/>
        <source>Choose at least one weekday for opening the box.</source>
        <translation>請至少選擇一天作為開箱日。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="296"/>
        <source>Only the branch head or a manager may sign the daily reading.</source>
        <translation>只有分行主管或其他主管可以進行每日閱簽。</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="301"/>
        <source>A day in the future cannot be signed.</source>
        <translation>不能為未來的日期閱簽。</translation>
    </message>
    <message>
        <location filename="../../models/replies.py" line="111"/>
        <source>Write the reply&apos;s title and text.</source>
        <translation>請填寫答覆的情境和內容。</translation>
    </message>
    <message>
        <location filename="../../models/replies.py" line="128"/>
        <location filename="../../models/replies.py" line="159"/>
        <source>Only a manager may change the standard replies.</source>
        <translation>只有主管可以修改標準答覆。</translation>
    </message>
    <message>
        <location filename="../../models/replies.py" line="137"/>
        <location filename="../../models/replies.py" line="164"/>
        <source>No standard reply #{id}.</source>
        <translation>找不到標準答覆 #{id}。</translation>
    </message>
    <message>
        <location filename="../../models/restore.py" line="34"/>
        <source>{path} has a broken audit trail at {where}; it was not restored.</source>
        <translation>{path} 的稽核軌跡在 {where} 處中斷，因此未還原。</translation>
    </message>
    <message>
        <location filename="../../models/restore.py" line="48"/>
        <source>Restoring a backup works for a database file only.</source>
        <translation>只能從資料庫檔案還原備份。</translation>
    </message>
    <message>
        <location filename="../../models/retention.py" line="59"/>
        <source>Only a manager may anonymise personal data.</source>
        <translation>只有主管可以將個人資料去識別化。</translation>
    </message>
    <message>
        <location filename="../../models/store.py" line="31"/>
        <source>The register file {file} is damaged ({detail}).</source>
        <translation>登記簿檔案 {file} 已損毀（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../models/store.py" line="138"/>
        <source>Cannot reach the branch server at {where}. Check the network cable and that the server is switched on, then start Complaint Book again.</source>
        <translation>無法連上位於 {where} 的分行伺服器。請檢查網路線是否接好、伺服器是否已開機，然後重新啟動客訴登記簿。</translation>
    </message>
    <message>
        <location filename="../../models/store.py" line="160"/>
        <source>Cannot open the database at {where}: {reason}</source>
        <translation>無法開啟位於 {where} 的資料庫：{reason}</translation>
    </message>
    <message>
        <location filename="../../models/text.py" line="39"/>
        <source>This text is {length:,} characters long; the limit is {limit:,}. Shorten it and save again.</source>
        <translation>此內容長 {length:,} 個字元，上限為 {limit:,} 個字元。請刪減後再儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Sign in first.</source>
        <translation>請先登入。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="33"/>
        <source>Only a manager may choose where this PC keeps the register.</source>
        <translation>只有主管可以選擇這台電腦的登記簿存放位置。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="46"/>
        <source>Type the name or address of the branch server.</source>
        <translation>請輸入分行伺服器的名稱或位址。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="48"/>
        <source>Type the name of the database.</source>
        <translation>請輸入資料庫名稱。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="49"/>
        <source>Type the user name.</source>
        <translation>請輸入使用者名稱。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="57"/>
        <source>The port is a number from 1 to 65535.</source>
        <translation>連接埠須為 1 到 65535 之間的數字。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="97"/>
        <source>Could not reach the branch server {where}: nothing answered on port {port}. Check that PostgreSQL is running on that PC, that the port is right, and that its firewall lets port {port} in.</source>
        <translation>無法連上分行伺服器 {where}：連接埠 {port} 沒有回應。請確認該電腦上的 PostgreSQL 正在執行、連接埠正確，且其防火牆允許連接埠 {port} 的連線。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="103"/>
        <source>Could not reach the branch server {where}: no answer within {seconds} seconds. Check the name or address, that the PC is switched on and on the network, and its firewall.</source>
        <translation>無法連上分行伺服器 {where}：{seconds} 秒內沒有回應。請檢查名稱或位址是否正確、該電腦是否已開機並連上網路，以及其防火牆設定。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="108"/>
        <source>Could not reach the branch server {where}: this PC has no way to it on the network. Check the network cable and the address.</source>
        <translation>無法連上分行伺服器 {where}：這台電腦在網路上找不到通往該伺服器的路徑。請檢查網路線和位址。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="113"/>
        <source>No PC called {host} was found on the network. Check the name, or type its IP address (such as 192.168.1.10).</source>
        <translation>網路上找不到名為 {host} 的電腦。請檢查名稱，或改為輸入其 IP 位址（例如 192.168.1.10）。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="118"/>
        <source>The branch server {where} refused user name {user} with this password. Check both.</source>
        <translation>分行伺服器 {where} 拒絕了使用者名稱 {user} 與此密碼。請檢查兩者是否正確。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="122"/>
        <source>The branch server {where} has no database called {dbname}. Check the name (the README shows how to create it).</source>
        <translation>分行伺服器 {where} 上沒有名為 {dbname} 的資料庫。請檢查名稱（建立方法請見 README）。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="127"/>
        <source>The branch server {where} does not let this PC in. Allow the branch network in its pg_hba.conf (the README shows how).</source>
        <translation>分行伺服器 {where} 不允許這台電腦連線。請在其 pg_hba.conf 中允許分行網路連線（方法請見 README）。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="132"/>
        <source>Could not use the branch server {where}: {detail}</source>
        <translation>無法使用分行伺服器 {where}：{detail}</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="163"/>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is not there yet: the first PC that uses this server creates it.</source>
        <translation>已連上分行伺服器 {where}（PostgreSQL {version}）。伺服器上尚無登記簿：第一台使用此伺服器的電腦會建立登記簿。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="169"/>
        <source>Reached the branch server {where} (PostgreSQL {version}), but the register is not there yet and user {user} may not create it. Make {user} the owner of database {dbname} (the README shows how).</source>
        <translation>已連上分行伺服器 {where}（PostgreSQL {version}），但伺服器上尚無登記簿，且使用者 {user} 無權建立。請將 {user} 設為資料庫 {dbname} 的擁有者（方法請見 README）。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="176"/>
        <source>Reached the branch server {where} (PostgreSQL {version}). Its register was written by a newer version of Complaint Book: update Complaint Book on this PC first.</source>
        <translation>已連上分行伺服器 {where}（PostgreSQL {version}）。伺服器上的登記簿是由較新版本的客訴登記簿寫入的：請先更新這台電腦上的客訴登記簿。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="181"/>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is already there: this PC will share it.</source>
        <translation>已連上分行伺服器 {where}（PostgreSQL {version}）。伺服器上已有登記簿：這台電腦將與其他電腦共用。</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="243"/>
        <source>{url} is not a branch server address (postgresql://...).</source>
        <translation>{url} 不是分行伺服器位址（應為 postgresql://...）。</translation>
    </message>
</context>
</TS>
