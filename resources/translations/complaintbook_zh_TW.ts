<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>App</name>
    <message>
        <source>Opening the register...

The first start after an update can take a few minutes with a large register, while it is brought up to date.</source>
        <translation>正在開啟登記簿……

更新後第一次開啟時，若登記簿很大，可能需要幾分鐘來把它升級到新版本。</translation>
    </message>
    <message>
        <source>This PC is set to work on the branch server (Settings, Branch server). Complaint Book needs it to open the register.</source>
        <translation>這台電腦已設定為使用分行伺服器（見「設定」中的「分行伺服器」）。投訴簿需要連上該伺服器才能開啟登記簿。</translation>
    </message>
    <message>
        <source>It was moved aside, untouched: %1</source>
        <translation>已將其移至他處，內容未做任何變更：%1</translation>
    </message>
    <message>
        <source>Go on with the register as it is</source>
        <translation>依現況繼續使用登記簿</translation>
    </message>
    <message>
        <source>No backup holds more of its changes.</source>
        <translation>沒有任何備份包含更多的這些變更。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Type the new password</source>
        <translation>輸入新密碼</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>The backup of %1 holds more: %2 complaints, %3 entries in its audit trail.</source>
        <translation>%1 的備份包含更多內容：%2 件投訴，稽核軌跡中有 %3 筆。</translation>
    </message>
    <message>
        <source>Restore that backup</source>
        <translation>還原該備份</translation>
    </message>
    <message>
        <source>No good backup was found. You can start a new, empty register here (what was moved aside stays where it is), or close and ask for help.</source>
        <translation>找不到完好的備份。您可以在此建立一本新的空白登記簿（已移開的檔案維持原樣），或關閉程式並請人協助。</translation>
    </message>
    <message>
        <source>Start a new, empty register</source>
        <translation>建立新的空白登記簿</translation>
    </message>
    <message>
        <source>Restore the newest good backup, from %1 (%2 complaints)?</source>
        <translation>要還原 %1 的最新完好備份（共 %2 件投訴）嗎？</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Complaint Book is already open with this register (by %1 on %2). Its window has been brought to the front.</source>
        <translation>投訴簿已開啟此登記簿（使用者 %1，電腦 %2），已將該視窗移到最前面。</translation>
    </message>
    <message>
        <source>The register and its backups were moved from %1 to %2, this PC&apos;s own app data folder. Windows copies the old one (the roaming folder) to a server at every sign-out, which is slow for a register and not safe for it.</source>
        <translation>登記簿及其備份已從 %1 移到 %2，即這台電腦自己的應用程式資料夾。Windows 每次登出時都會把原來的資料夾（漫遊資料夾）複製到伺服器上，這對登記簿來說既慢又不安全。</translation>
    </message>
</context>
<context>
    <name>BoxTab</name>
    <message>
        <source>Open the box</source>
        <translation>開箱</translation>
    </message>
    <message>
        <source>Record the opening</source>
        <translation>登記開箱</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>見證人</translation>
    </message>
    <message>
        <source>Slips found</source>
        <translation>清點張數</translation>
    </message>
    <message>
        <source>Opening schedule</source>
        <translation>開箱日排程</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>開箱紀錄</translation>
    </message>
    <message>
        <source>If the numbers differ: why (e.g. two slips stapled together)</source>
        <translation>若張數不符，請說明原因（例如兩張意見單釘在一起）</translation>
    </message>
    <message>
        <source>Transcribe its slips</source>
        <translation>登錄本次意見單</translation>
    </message>
    <message>
        <source>Close the opening</source>
        <translation>結束本次開箱</translation>
    </message>
    <message>
        <source>History</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <source>Missed openings: %1</source>
        <translation>未按時開箱：%1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已結束</translation>
    </message>
    <message>
        <source>open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>%1 · by %2, witness %3 · counted %4, entered %5 · %6</source>
        <translation>%1 · 開箱人 %2，見證人 %3 · 清點 %4 張，已登錄 %5 張 · %6</translation>
    </message>
    <message>
        <source>All %1 slips are entered.</source>
        <translation>全部 %1 張意見單均已登錄。</translation>
    </message>
    <message>
        <source>%1 slips were counted but %2 are entered.</source>
        <translation>清點了 %1 張意見單，但已登錄 %2 張。</translation>
    </message>
    <message>
        <source>Opening recorded. Now transcribe its slips.</source>
        <translation>開箱已登記，請接著登錄本次的意見單。</translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation>開箱排程已儲存。</translation>
    </message>
    <message>
        <source>History of the opening</source>
        <translation>本次開箱的稽核紀錄</translation>
    </message>
    <message>
        <source>Only a manager may read the audit history.</source>
        <translation>只有主管可以查看稽核紀錄。</translation>
    </message>
    <message>
        <source>Opening closed.</source>
        <translation>本次開箱已結束。</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>You both changed these fields. Decide each one before saving: nothing is saved until you have.</source>
        <translation>你們兩人都改了這些欄位。儲存前請逐項決定：全部決定之前不會儲存。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>對方的</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留對方的</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>兩者都保留</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 返回</translation>
    </message>
    <message>
        <source>&amp;Waive follow-up and close...</source>
        <translation>免除回訪並結案(&amp;W)...</translation>
    </message>
    <message>
        <source>Correct the &amp;resolution...</source>
        <translation>更正處理結果(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Print a letter...</source>
        <translation>列印致客戶函件(&amp;P)...</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>新增備註(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Contact attempt</source>
        <translation>聯絡紀錄(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xtend deadline</source>
        <translation>延長期限(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>作廢(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>稽核紀錄(&amp;H)</translation>
    </message>
    <message>
        <source>Slip for the customer (F9)</source>
        <translation>給客戶的回執 (F9)</translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation>80 公釐收據紙</translation>
    </message>
    <message>
        <source>A5 page</source>
        <translation>A5 紙</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受理資訊</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>投訴時間</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承諾完成時間</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答覆期限</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>ID or account no.</source>
        <translation>證件號碼或帳號</translation>
    </message>
    <message>
        <source>Extra care</source>
        <translation>特別關懷</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>About</source>
        <translation>投訴對象</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>投訴內容</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>詳細經過</translation>
    </message>
    <message>
        <source>Outcome wanted</source>
        <translation>客戶訴求</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>認定結果</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>處理措施</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>補償</translation>
    </message>
    <message>
        <source>Customer accepted</source>
        <translation>客戶是否接受</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>改善措施</translation>
    </message>
    <message>
        <source>Follow-up and closing</source>
        <translation>回訪與結案</translation>
    </message>
    <message>
        <source>Call-back due</source>
        <translation>回訪期限</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>回訪時間</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>客戶意見</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>結案時間</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作廢原因</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>處理經過</translation>
    </message>
    <message>
        <source>Reply due %1</source>
        <translation>答覆期限 %1</translation>
    </message>
    <message>
        <source>OVERDUE since %1</source>
        <translation>自 %1 起已逾期</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>first reply by %1</source>
        <translation>須於 %1 前首次答覆</translation>
    </message>
    <message>
        <source>follow-up waived</source>
        <translation>免回訪</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>（未指派）</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>chose</source>
        <translation>已選擇</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已記錄</translation>
    </message>
    <message>
        <source>Counter checklist, %1, %2 min</source>
        <translation>櫃檯安撫指引，%1，歷時 %2 分鐘</translation>
    </message>
    <message>
        <source>stopped by the safety exit</source>
        <translation>因緊急求助而中止</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>opinion book</source>
        <translation>意見簿</translation>
    </message>
    <message>
        <source>suggestion box</source>
        <translation>意見箱</translation>
    </message>
    <message>
        <source>comment card</source>
        <translation>意見卡</translation>
    </message>
    <message>
        <source>Copied from the %1 (page or slip %2), written %3</source>
        <translation>抄錄自%1（頁碼或意見單編號 %2），填寫日期 %3</translation>
    </message>
    <message>
        <source>Appointment: %1 with %2</source>
        <translation>預約：%1，與 %2 面談</translation>
    </message>
    <message>
        <source>Recorded as %1</source>
        <translation>已登記，登記編號 %1</translation>
    </message>
    <message>
        <source>Imported from a CSV file</source>
        <translation>從 CSV 檔案匯入</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>狀態：%1 → %2</translation>
    </message>
    <message>
        <source>Contact attempt (%1): %2</source>
        <translation>聯絡客戶（%1）：%2</translation>
    </message>
    <message>
        <source>Handler: %1 → %2</source>
        <translation>承辦人：%1 → %2</translation>
    </message>
    <message>
        <source>Deadline extended: %1 → %2</source>
        <translation>期限延長：%1 → %2</translation>
    </message>
    <message>
        <source>Recorded from an opinion book or suggestion box entry</source>
        <translation>由意見簿或意見箱的意見轉為投訴登記</translation>
    </message>
    <message>
        <source>Slip given to the customer (%1)</source>
        <translation>已給客戶回執（%1）</translation>
    </message>
    <message>
        <source>%1 complaints linked: %2</source>
        <translation>已關聯 %1 件投訴：%2</translation>
    </message>
    <message>
        <source>Linked to root-cause task #%1</source>
        <translation>已關聯根本原因調查任務 #%1</translation>
    </message>
    <message>
        <source>Counter checklist run attached</source>
        <translation>已附上安撫指引紀錄</translation>
    </message>
    <message>
        <source>Asked for more time</source>
        <translation>已申請延期</translation>
    </message>
    <message>
        <source>Follow-up call: satisfaction %1</source>
        <translation>回訪：滿意度 %1</translation>
    </message>
    <message>
        <source>Resolution corrected</source>
        <translation>已更正處理結果</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>person</source>
        <translation>換人</translation>
    </message>
    <message>
        <source>place</source>
        <translation>換地點</translation>
    </message>
    <message>
        <source>time</source>
        <translation>換時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>已嘗試：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>colleague who took over: %1</source>
        <translation>接手的同事：%1</translation>
    </message>
    <message>
        <source>safety exit</source>
        <translation>緊急求助</translation>
    </message>
    <message>
        <source>Acknowledgement letter printed in %1; reply due %2</source>
        <translation>已列印%1受理回覆函；答覆期限 %2</translation>
    </message>
    <message>
        <source>Holding letter printed in %1; final response expected by %2</source>
        <translation>已列印%1處理進度通知函；預計最終答覆日期 %2</translation>
    </message>
    <message>
        <source>Summary resolution letter printed in %1</source>
        <translation>已列印%1已解決確認函</translation>
    </message>
    <message>
        <source>Final response letter printed in %1</source>
        <translation>已列印%1最終答覆函</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已刪除）</translation>
    </message>
    <message>
        <source>&amp;Acknowledge (Ctrl+Enter)</source>
        <translation>回覆受理(&amp;A) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Start investigating (Ctrl+Enter)</source>
        <translation>開始調查處理(&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Resolve... (Ctrl+Enter)</source>
        <translation>解決(&amp;R)... (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Record &amp;follow-up... (Ctrl+Enter)</source>
        <translation>登記回訪(&amp;F)... (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>C&amp;lose... (Ctrl+Enter)</source>
        <translation>結案(&amp;L)... (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Approve e&amp;xtension</source>
        <translation>核准延期(&amp;X)</translation>
    </message>
    <message>
        <source>Ask for more &amp;time</source>
        <translation>申請延期(&amp;T)</translation>
    </message>
    <message>
        <source>This complaint is about you: you may read it, but a manager must act on it.</source>
        <translation>這件投訴涉及您本人：您可以查看，但須由主管處理。</translation>
    </message>
    <message>
        <source>This complaint is about you: you may read it, but head office must act on it (this branch has no other manager).</source>
        <translation>這件投訴涉及您本人：您可以查看，但須由上級單位處理（本分行沒有其他主管）。</translation>
    </message>
    <message>
        <source>This complaint is about you: you may read it, but another manager must act on it.</source>
        <translation>這件投訴涉及您本人：您可以查看，但須由其他主管處理。</translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation>解決 %1</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- 請選擇 -</translation>
    </message>
    <message>
        <source>Standard reply</source>
        <translation>標準答覆</translation>
    </message>
    <message>
        <source>- insert a standard reply -</source>
        <translation>- 插入標準答覆 -</translation>
    </message>
    <message>
        <source>What was done for the customer</source>
        <translation>為客戶做了哪些處理</translation>
    </message>
    <message>
        <source>Compensation (%1)</source>
        <translation>補償金額（%1）</translation>
    </message>
    <message>
        <source>Customer accepted the resolution</source>
        <translation>客戶接受處理結果</translation>
    </message>
    <message>
        <source>Follow-up call for %1</source>
        <translation>回訪 %1</translation>
    </message>
    <message>
        <source>How satisfied the customer is</source>
        <translation>客戶滿意度</translation>
    </message>
    <message>
        <source>1 - very unhappy</source>
        <translation>1 - 非常不滿意</translation>
    </message>
    <message>
        <source>2 - unhappy</source>
        <translation>2 - 不滿意</translation>
    </message>
    <message>
        <source>3 - neither happy nor unhappy</source>
        <translation>3 - 普通</translation>
    </message>
    <message>
        <source>4 - happy</source>
        <translation>4 - 滿意</translation>
    </message>
    <message>
        <source>5 - very happy</source>
        <translation>5 - 非常滿意</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客戶的回饋</translation>
    </message>
    <message>
        <source>Close %1. The follow-up call has been recorded.</source>
        <translation>將 %1 結案。回訪已登記。</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>將 %1 結案</translation>
    </message>
    <message>
        <source>Reassi&amp;gn</source>
        <translation>重新指派(&amp;G)</translation>
    </message>
    <message>
        <source>Close %1 without a follow-up call</source>
        <translation>將 %1 結案（免除回訪）</translation>
    </message>
    <message>
        <source>Why there is no follow-up call</source>
        <translation>免除回訪的理由</translation>
    </message>
    <message>
        <source>A manager may waive the follow-up call, for example when the customer has no phone or asked not to be called. The reason is kept on the timeline.</source>
        <translation>主管可以免除回訪，例如客戶沒有電話或要求不要來電。理由會記入處理紀錄。</translation>
    </message>
    <message>
        <source>Correct the resolution of %1</source>
        <translation>更正 %1 的處理結果</translation>
    </message>
    <message>
        <source>Why it is corrected (optional)</source>
        <translation>更正理由（選填）</translation>
    </message>
    <message>
        <source>The decision stays as it is (reopen the complaint to change it). Each correction goes on the timeline with the value it replaces.</source>
        <translation>認定結果維持不變（如需變更，請重新開啟投訴）。每項更正連同原值記入處理紀錄。</translation>
    </message>
    <message>
        <source>Open a root-cause task</source>
        <translation>開立根本原因調查任務</translation>
    </message>
    <message>
        <source>What to look into (optional)</source>
        <translation>需要調查的內容（可不填）</translation>
    </message>
    <message>
        <source>The task links this complaint and the %1 alike, is put on each of their timelines and is printed in the month&apos;s register.</source>
        <translation>該任務關聯本投訴及 %1 件同類投訴，記入每件投訴的處理紀錄，並列印在當月的客戶投訴登記簿中。</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <source>Record a contact attempt</source>
        <translation>登記聯絡情形</translation>
    </message>
    <message>
        <source>How</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>聯絡結果</translation>
    </message>
    <message>
        <source>Reassign %1</source>
        <translation>重新指派 %1</translation>
    </message>
    <message>
        <source>New handler</source>
        <translation>新承辦人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Ask for more time on %1</source>
        <translation>申請延長 %1 的期限</translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation>需要延長期限的原因</translation>
    </message>
    <message>
        <source>Another manager approves the request; the new due date follows the branch&apos;s policy.</source>
        <translation>須由申請人以外的另一位主管核准；新的期限依本分行的辦理時限規定計算。</translation>
    </message>
    <message>
        <source>Approve more time on %1</source>
        <translation>核准延長 %1 的期限</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>核准意見（選填）</translation>
    </message>
    <message>
        <source>%1 asked: %2</source>
        <translation>%1 申請延期：%2</translation>
    </message>
    <message>
        <source>Letter saved to %1</source>
        <translation>函件已儲存至 %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的稽核紀錄</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>作廢 %1</translation>
    </message>
    <message>
        <source>Reason (the entry keeps its number)</source>
        <translation>理由（該筆仍保留原編號）</translation>
    </message>
    <message>
        <source>A void entry stays in the register, marked void, so the numbering has no gaps.</source>
        <translation>作廢的項目仍保留在登記簿中並標示為作廢，編號不會中斷。</translation>
    </message>
    <message>
        <source>Confirm void</source>
        <translation>確認作廢</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>重新開啟 %1</translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <source>Well done. What happens to this conversation?</source>
        <translation>辛苦了。這次接待接下來要怎麼處理？</translation>
    </message>
    <message>
        <source>1   Record the complaint now (Enter)</source>
        <translation>1   現在登記投訴（Enter）</translation>
    </message>
    <message>
        <source>2   Add to an existing complaint:</source>
        <translation>2   補充到既有投訴：</translation>
    </message>
    <message>
        <source>register number, e.g. %1</source>
        <translation>登記編號，例如 %1</translation>
    </message>
    <message>
        <source>3   Finish without a complaint</source>
        <translation>3   結束，不登記投訴</translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message>
        <source>Search text, name, page...</source>
        <translation>搜尋內容、姓名、頁碼...</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>填寫日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>處理情形</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>所選意見</translation>
    </message>
    <message>
        <source>Written in the book</source>
        <translation>在意見簿上書面答覆</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>電話答覆</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>當面答覆</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答覆</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>答覆方式</translation>
    </message>
    <message>
        <source>On</source>
        <translation>答覆日期</translation>
    </message>
    <message>
        <source>Save reply</source>
        <translation>儲存答覆</translation>
    </message>
    <message>
        <source>Promote to complaint...</source>
        <translation>轉為投訴登記...</translation>
    </message>
    <message>
        <source>Open the complaint</source>
        <translation>開啟對應投訴</translation>
    </message>
    <message>
        <source>View scan</source>
        <translation>檢視掃描檔</translation>
    </message>
    <message>
        <source>History</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>全部來源</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部處理情形</translation>
    </message>
    <message>
        <source>Not replied</source>
        <translation>未答覆</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>已轉投訴</translation>
    </message>
    <message>
        <source>Not promoted</source>
        <translation>未轉投訴</translation>
    </message>
    <message>
        <source>in register</source>
        <translation>已登記投訴</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <source>not replied</source>
        <translation>未答覆</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>共 %1 則意見</translation>
    </message>
    <message>
        <source>showing the newest %1; narrow the filters to see others</source>
        <translation>僅顯示最新的 %1 則；請縮小篩選範圍以查看其他意見</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>留言人：%1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>涉及：%1</translation>
    </message>
    <message>
        <source>In the register as %1</source>
        <translation>已登記為投訴，登記編號 %1</translation>
    </message>
    <message>
        <source>Reply saved.</source>
        <translation>答覆已儲存。</translation>
    </message>
    <message>
        <source>Only a manager may read the audit history.</source>
        <translation>只有主管可以查看稽核紀錄。</translation>
    </message>
    <message>
        <source>History of entry #%1</source>
        <translation>意見 #%1 的稽核紀錄</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Something went wrong</source>
        <translation>發生問題</translation>
    </message>
    <message>
        <source>Complaint Book hit an unexpected problem. What you saved is safe, and what you are typing is kept as a draft. Details were written to %1.</source>
        <translation>投訴簿發生未預期的問題。已儲存的內容不受影響，正在輸入的內容已保留為草稿。詳細資訊已寫入 %1。</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Register no.</source>
        <translation>登記編號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>投訴時間</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客戶姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>ID or account no.</source>
        <translation>證件號碼或帳號</translation>
    </message>
    <message>
        <source>Extra care</source>
        <translation>特別關懷</translation>
    </message>
    <message>
        <source>Extra care: note</source>
        <translation>特別關懷：備註</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>About staff member</source>
        <translation>涉及員工</translation>
    </message>
    <message>
        <source>About</source>
        <translation>投訴對象</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>詳細經過</translation>
    </message>
    <message>
        <source>Outcome wanted</source>
        <translation>客戶訴求</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承諾完成時間</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>First reply due</source>
        <translation>首次答覆期限</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答覆期限</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>延長期限次數</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>認定結果</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>處理措施</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>補償</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Customer accepted</source>
        <translation>客戶是否接受</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決時間</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>改善措施</translation>
    </message>
    <message>
        <source>Call-back due</source>
        <translation>回訪期限</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>回訪時間</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Follow-up comment</source>
        <translation>回訪意見</translation>
    </message>
    <message>
        <source>Follow-up waived</source>
        <translation>免除回訪</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>結案時間</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作廢原因</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>登記時間</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最後變更時間</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Number in the month</source>
        <translation>當月序號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在職</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>登入失敗次數</translation>
    </message>
    <message>
        <source>First failed sign-in</source>
        <translation>首次登入失敗時間</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>鎖定至</translation>
    </message>
    <message>
        <source>Lockouts</source>
        <translation>鎖定次數</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Page or slip</source>
        <translation>頁碼或意見單編號</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>填寫日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>About the service</source>
        <translation>涉及服務</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答覆</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答覆日期</translation>
    </message>
    <message>
        <source>Replied by</source>
        <translation>答覆方式</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Box opening</source>
        <translation>開箱批次</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登記人</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>分行代碼</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Branch head</source>
        <translation>分行經理</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家／地區</translation>
    </message>
    <message>
        <source>Deadline policy</source>
        <translation>辦理時限規定</translation>
    </message>
    <message>
        <source>Custom: working days</source>
        <translation>自訂：工作天數</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>類別方案</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>已完成設定</translation>
    </message>
    <message>
        <source>Suggestion box opened on</source>
        <translation>意見箱開箱日</translation>
    </message>
    <message>
        <source>Clerks may sign in with a 6-digit PIN</source>
        <translation>櫃員可使用 6 位數 PIN 碼登入</translation>
    </message>
    <message>
        <source>Lock the screen after (minutes)</source>
        <translation>鎖定螢幕前的閒置時間（分鐘）</translation>
    </message>
    <message>
        <source>Keep personal data (years)</source>
        <translation>個人資料保存期限（年）</translation>
    </message>
    <message>
        <source>Folder for a second copy of each backup</source>
        <translation>每份備份的第二份副本存放資料夾</translation>
    </message>
    <message>
        <source>Emergency numbers for the safety exit</source>
        <translation>緊急求助電話</translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation>設定日期</translation>
    </message>
    <message>
        <source>Letters refer customers to</source>
        <translation>函件告知客戶可求助於</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>分行名稱</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答覆內容</translation>
    </message>
    <message>
        <source>In the record</source>
        <translation>書面紀錄</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>使用次數</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登記</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Existing when the audit trail began</source>
        <translation>啟用稽核紀錄時已存在</translation>
    </message>
    <message>
        <source>Upgrade of the app</source>
        <translation>軟體升級</translation>
    </message>
    <message>
        <source>the country&apos;s default</source>
        <translation>所在國家／地區的預設值</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>（已設定）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 個月</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Complaint Book: first start on this PC</source>
        <translation>投訴簿：這台電腦首次啟動</translation>
    </message>
    <message>
        <source>Welcome to Complaint Book</source>
        <translation>歡迎使用投訴簿</translation>
    </message>
    <message>
        <source>This PC holds no register yet. Is this the branch&apos;s only PC, or does the branch keep its register on a branch server that other PCs already use?</source>
        <translation>這台電腦還沒有登記簿。這是分行唯一的電腦，還是分行把登記簿放在其他電腦已在使用的分行伺服器上？</translation>
    </message>
    <message>
        <source>Set up a new branch on this PC</source>
        <translation>在這台電腦上設定新分行</translation>
    </message>
    <message>
        <source>The register is kept in this PC&apos;s own data folder. You become its manager.</source>
        <translation>登記簿保存在這台電腦自己的資料夾中。您將成為它的主管。</translation>
    </message>
    <message>
        <source>Join the branch server</source>
        <translation>加入分行伺服器</translation>
    </message>
    <message>
        <source>This PC works on the register the other PCs share (PostgreSQL on the branch network). Nothing is kept in a register of its own.</source>
        <translation>這台電腦使用其他電腦共用的登記簿（分行網路上的 PostgreSQL），不另存自己的登記簿。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Testing the connection to %1 (this takes at most %2 seconds)...</source>
        <translation>正在測試與 %1 的連線（最多需要 %2 秒）...</translation>
    </message>
</context>
<context>
    <name>GuidedView</name>
    <message>
        <source>Leave (Esc)</source>
        <translation>離開 (Esc)</translation>
    </message>
    <message>
        <source>Practice run: not counted in the figures, not attached to a complaint.</source>
        <translation>練習：不計入統計，也不關聯到投訴。</translation>
    </message>
    <message>
        <source>Note for this step (optional)</source>
        <translation>本步驟備註（選填）</translation>
    </message>
    <message>
        <source>Back (Backspace)</source>
        <translation>上一步 (Backspace)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>略過 (S)</translation>
    </message>
    <message>
        <source>Not applicable (N)</source>
        <translation>不適用 (N)</translation>
    </message>
    <message>
        <source>Done, next (Enter)</source>
        <translation>完成，下一步 (Enter)</translation>
    </message>
    <message>
        <source>Still upset: three changes (E)</source>
        <translation>仍未平復：換人、換地點、換時間 (E)</translation>
    </message>
    <message>
        <source>Safety exit (F12)</source>
        <translation>緊急求助 (F12)</translation>
    </message>
    <message>
        <source>Still upset: appointment or safety exit (E)</source>
        <translation>仍未平復：約見或緊急求助 (E)</translation>
    </message>
    <message>
        <source>Serving the customer: you (%1)</source>
        <translation>接待客戶：您本人（%1）</translation>
    </message>
    <message>
        <source>Serving the customer: your colleague %1</source>
        <translation>接待客戶：接手的同事 %1</translation>
    </message>
    <message>
        <source>Listening for %1</source>
        <translation>已傾聽 %1</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Record and continue (Enter)</source>
        <translation>記錄並繼續 (Enter)</translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation>關閉 (Enter)</translation>
    </message>
    <message>
        <source>Time with the customer: %1</source>
        <translation>接待時間：%1</translation>
    </message>
    <message>
        <source>Outcome wanted: %1</source>
        <translation>客戶訴求：%1</translation>
    </message>
    <message>
        <source>Promised by: %1</source>
        <translation>承諾完成時間：%1</translation>
    </message>
    <message>
        <source>Changes needed: %1 of 3</source>
        <translation>已換 %1 項（換人、換地點、換時間，共 3 項）</translation>
    </message>
    <message>
        <source>Moved to: %1</source>
        <translation>已換到：%1</translation>
    </message>
    <message>
        <source>Appointment: %1 with %2</source>
        <translation>約見：%1，由 %2 接待</translation>
    </message>
    <message>
        <source>The register number is given when the complaint is recorded (1).</source>
        <translation>投訴登記後（按 1）才會產生登記編號。</translation>
    </message>
    <message>
        <source>No complaint has the register number %1.</source>
        <translation>找不到登記編號為 %1 的投訴。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Each line is a saved change. The trail is chained and cannot be edited.</source>
        <translation>每一列是一次已儲存的變更。紀錄逐筆前後相連，無法修改。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>變更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>變更後</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已刪除）</translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation>（保密）</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>New complaint (Ctrl+N)</source>
        <translation>新增投訴 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Due in 7 days</source>
        <translation>7 天內到期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未結案</translation>
    </message>
    <message>
        <source>Received this month</source>
        <translation>本月收到</translation>
    </message>
    <message>
        <source>Overdue: reply date passed</source>
        <translation>已逾期：已過答覆期限</translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation>未來 7 天內到期</translation>
    </message>
    <message>
        <source>Waiting for you: more time, root-cause tasks</source>
        <translation>待您處理：延期申請、根本原因調查</translation>
    </message>
    <message>
        <source>Appointments booked with customers</source>
        <translation>與客戶的預約</translation>
    </message>
    <message>
        <source>At the counter this month</source>
        <translation>本月櫃檯安撫情形</translation>
    </message>
    <message>
        <source>Opinion book and suggestion box</source>
        <translation>意見簿與意見箱</translation>
    </message>
    <message>
        <source>first reply by %1</source>
        <translation>首次答覆期限 %1</translation>
    </message>
    <message>
        <source>promised to the customer for %1</source>
        <translation>已向顧客承諾於 %1</translation>
    </message>
    <message>
        <source>[extra care]</source>
        <translation>[需特別關照]</translation>
    </message>
    <message>
        <source>[about staff]</source>
        <translation>[投訴員工]</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>目前沒有資料。</translation>
    </message>
    <message>
        <source>%1  ·  asked by %2</source>
        <translation>%1  ·  申請人 %2</translation>
    </message>
    <message>
        <source>Asked %1, reply due %2: %3</source>
        <translation>%1 申請，答覆期限 %2：%3</translation>
    </message>
    <message>
        <source>%1 alike in 7 days</source>
        <translation>7 天內同類 %1 件</translation>
    </message>
    <message>
        <source>scope: %1</source>
        <translation>範圍：%1</translation>
    </message>
    <message>
        <source>%1  ·  root-cause task asked (%2)</source>
        <translation>%1  ·  需開立根本原因調查任務（%2）</translation>
    </message>
    <message>
        <source>Open it to see the complaints alike and open the task.</source>
        <translation>開啟即可查看同類投訴並開立調查任務。</translation>
    </message>
    <message>
        <source>Today&apos;s reading of the opinion book is not signed yet.</source>
        <translation>今日的意見簿尚未閱簽。</translation>
    </message>
    <message>
        <source>%1 complaint(s) from the book or box not answered or registered within 3 days.</source>
        <translation>有 %1 件來自意見簿或意見箱的投訴，3 天內未答覆也未登記。</translation>
    </message>
    <message>
        <source>Suggestion box opening missed: %1</source>
        <translation>意見箱未按時開箱：%1</translation>
    </message>
    <message>
        <source>All read, answered and opened on time.</source>
        <translation>均已按時閱簽、答覆及開箱。</translation>
    </message>
    <message>
        <source>no complaint yet</source>
        <translation>尚未登記投訴</translation>
    </message>
    <message>
        <source>No appointments ahead.</source>
        <translation>近期沒有預約。</translation>
    </message>
    <message>
        <source>Checklist runs: %1</source>
        <translation>安撫指引紀錄：%1 次</translation>
    </message>
    <message>
        <source>Changed person %1, place %2, time %3; safety exits %4</source>
        <translation>換人 %1 次，換地點 %2 次，換時間 %3 次；緊急求助 %4 次</translation>
    </message>
    <message>
        <source>Median time to calm: %1 min</source>
        <translation>情緒平復時間（中位數）：%1 分鐘</translation>
    </message>
    <message>
        <source>Most skipped steps: %1</source>
        <translation>最常略過的步驟：%1</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Every field you both changed is decided: check the form and save (Ctrl+S).</source>
        <translation>雙方都改過的欄位已全部選定：請核對表單後儲存（Ctrl+S）。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受理資訊</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>投訴時間</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Needs extra care (vulnerable customer)</source>
        <translation>需特別關懷（弱勢客戶）</translation>
    </message>
    <message>
        <source>What help the customer needs</source>
        <translation>客戶需要哪些協助</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>ID or account no.</source>
        <translation>證件號碼或帳號</translation>
    </message>
    <message>
        <source>Care note</source>
        <translation>關懷說明</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Service, product or counter concerned</source>
        <translation>涉及的業務、商品或櫃檯</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>子類別</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Staff complained about</source>
        <translation>被投訴的員工</translation>
    </message>
    <message>
        <source>Service concerned</source>
        <translation>涉及業務</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>投訴內容</translation>
    </message>
    <message>
        <source>One line: what went wrong</source>
        <translation>一句話說明：哪裡出了問題</translation>
    </message>
    <message>
        <source>What the customer said happened, in their words</source>
        <translation>依客戶的原話記錄事情經過</translation>
    </message>
    <message>
        <source>Ask: what would you like us to do?</source>
        <translation>請問客戶：您希望我們怎麼處理？</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>詳細經過</translation>
    </message>
    <message>
        <source>Outcome the customer wants</source>
        <translation>客戶訴求</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>處理安排</translation>
    </message>
    <message>
        <source>Promised to the customer by</source>
        <translation>承諾客戶完成於</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答覆期限</translation>
    </message>
    <message>
        <source>Discard (Esc)</source>
        <translation>捨棄 (Esc)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>儲存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- 請選擇 -</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>（尚不確定）</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（未指明）</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>（未指派）</translation>
    </message>
    <message>
        <source>(general)</source>
        <translation>（不細分）</translation>
    </message>
    <message>
        <source>shown once channel and category are chosen</source>
        <translation>選擇管道和類別後顯示</translation>
    </message>
    <message>
        <source>%1 (first reply by %2)</source>
        <translation>%1（須於 %2 前首次答覆）</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新增投訴</translation>
    </message>
    <message>
        <source>Edit complaint %1</source>
        <translation>編輯投訴 %1</translation>
    </message>
    <message>
        <source>Draft NOT kept: %1</source>
        <translation>草稿未能保存：%1</translation>
    </message>
    <message>
        <source>Draft NOT kept (the log has the details).</source>
        <translation>草稿未能保存（詳情見記錄檔）。</translation>
    </message>
    <message>
        <source>Draft kept on this PC at %1</source>
        <translation>草稿已於 %1 保存在這台電腦上</translation>
    </message>
    <message>
        <source>Decide first, for each field you both changed: %1.</source>
        <translation>請先對你們兩人都改過的每個欄位作出決定：%1。</translation>
    </message>
    <message>
        <source>You both changed: %1. Decide each one below, then save.</source>
        <translation>你們兩人都改了：%1。請在下方逐項決定，然後儲存。</translation>
    </message>
    <message>
        <source>Their changes and yours are both in the form now.</source>
        <translation>對方的修改與您的修改現在都已放入表單中。</translation>
    </message>
    <message>
        <source>Discard this complaint?</source>
        <translation>要捨棄這筆投訴登記嗎？</translation>
    </message>
    <message>
        <source>What you typed will be lost. Discard it?</source>
        <translation>輸入的內容將會遺失。確定要捨棄嗎？</translation>
    </message>
</context>
<context>
    <name>LastResortPanel</name>
    <message>
        <source>All three changes have been tried</source>
        <translation>換人、換地點、換時間都已試過</translation>
    </message>
    <message>
        <source>2   Threats or violence: safety exit (F12)</source>
        <translation>2   有威脅或暴力：緊急求助 (F12)</translation>
    </message>
    <message>
        <source>3   The customer is calmer now: go on with the checklist</source>
        <translation>3   客戶已經平靜些了：繼續按清單辦理</translation>
    </message>
    <message>
        <source>Do not start again. Confirm the appointment with the customer, give them the time and the name, and end the conversation calmly.</source>
        <translation>不要從頭再來。和客戶確認約見，告訴客戶時間和接待人姓名，然後平和地結束談話。</translation>
    </message>
    <message>
        <source>Appointment: %1 with %2</source>
        <translation>約見：%1，由 %2 接待</translation>
    </message>
    <message>
        <source>1   Confirm the appointment and end (Enter)</source>
        <translation>1   確認約見並結束 (Enter)</translation>
    </message>
    <message>
        <source>Do not start again. Offer an appointment with a senior manager, and end the conversation calmly.</source>
        <translation>不要從頭再來。提出由上級主管約見客戶，然後平和地結束談話。</translation>
    </message>
    <message>
        <source>1   End the conversation (Enter)</source>
        <translation>1   結束談話 (Enter)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter to the customer about %1</source>
        <translation>就 %1 致客戶的函件</translation>
    </message>
    <message>
        <source>The letter is addressed to the customer and gives the register number, the dates and where the customer may turn if unhappy. It is saved as a PDF to print, and noted on the timeline.</source>
        <translation>函件以客戶本人為收件人，載明登記編號、相關日期，以及客戶不滿意時可以求助的機構。函件儲存為 PDF 以便列印，並記入處理經過。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>函件語言</translation>
    </message>
    <message>
        <source>In the customer&apos;s language: what we are still waiting for</source>
        <translation>以客戶的語言寫明：我們還在等待什麼</translation>
    </message>
    <message>
        <source>Why there is no final response yet</source>
        <translation>尚未給予最終答覆的原因</translation>
    </message>
    <message>
        <source>Final response expected by</source>
        <translation>預計最終答覆日期</translation>
    </message>
    <message>
        <source>What was found and done (printed as written)</source>
        <translation>調查結果及處理情形（依原文列印）</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>儲存 PDF(&amp;S)...</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>受理回覆函</translation>
    </message>
    <message>
        <source>Holding letter (no final response yet)</source>
        <translation>處理進度通知函（尚無最終答覆）</translation>
    </message>
    <message>
        <source>Final response</source>
        <translation>最終答覆函</translation>
    </message>
    <message>
        <source>Summary resolution (settled within three business days)</source>
        <translation>已解決確認函（三個營業日內結案）</translation>
    </message>
    <message>
        <source>No ombudsman or regulator is set for this branch&apos;s country, so no letter can be printed: a manager sets it in Settings.</source>
        <translation>尚未為本分行所在國家／地區設定申訴機構或主管機關，因此無法列印函件：請主管於「設定」中填寫。</translation>
    </message>
    <message>
        <source>An unhappy customer is told to turn to %1 (%2).</source>
        <translation>函件將告知不滿意的客戶可向%1求助（%2）。</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>儲存函件</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Complaint Book</source>
        <translation>投訴簿</translation>
    </message>
    <message>
        <source>Switch user / lock (Ctrl+L)</source>
        <translation>切換使用者／鎖定 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Customer is upset (F2)</source>
        <translation>客戶情緒激動 (F2)</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Resume it</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首頁</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登記簿</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新增投訴</translation>
    </message>
    <message>
        <source>Opinion book</source>
        <translation>意見簿</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>Standard replies</source>
        <translation>標準答覆</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>正在備份...</translation>
    </message>
    <message>
        <source>This register is open read-only on this PC (the file or its folder cannot be written). You can read and print; nothing can be saved.</source>
        <translation>此登記簿在這台電腦上以唯讀方式開啟（檔案或所在資料夾無法寫入）。您可以檢視和列印，但無法儲存任何內容。</translation>
    </message>
    <message>
        <source>register on this PC</source>
        <translation>這台電腦上的登記簿</translation>
    </message>
    <message>
        <source>branch server %1, database %2</source>
        <translation>分行伺服器 %1，資料庫 %2</translation>
    </message>
    <message>
        <source>Complaint Book - %1</source>
        <translation>投訴簿 - %1</translation>
    </message>
    <message>
        <source>Branch server unreachable since %1; retrying. What you type is kept as a draft on this PC; nothing can be saved until the server is back.</source>
        <translation>自 %1 起無法連線分行伺服器，正在重試。您輸入的內容作為草稿保存在這台電腦上；伺服器恢復前無法保存。</translation>
    </message>
    <message>
        <source>The branch server cannot be reached (since %1), so this cannot be saved now. It is offered again as soon as the server is back.</source>
        <translation>自 %1 起無法連線分行伺服器，現在無法保存。伺服器恢復後即可再次使用。</translation>
    </message>
    <message>
        <source>This register failed its audit check: %1 (%2 problem(s) in all; the command check lists them). Compare it with the last signed register and the backups before going on.</source>
        <translation>本登記簿未通過稽核校驗：%1（共 %2 個問題；check 指令會全部列出）。繼續使用前，請與最近一次簽章的登記簿和備份核對。</translation>
    </message>
    <message>
        <source>This register failed its audit check. A manager sees what failed; tell one.</source>
        <translation>本登記簿未通過稽核校驗。主管可以看到具體問題，請告知主管。</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登入：%1（%2）</translation>
    </message>
    <message>
        <source>The screen was locked. Sign in to continue.</source>
        <translation>螢幕已鎖定，請登入後繼續。</translation>
    </message>
    <message>
        <source>Branch not set up yet (code %1): see Settings</source>
        <translation>尚未設定分行（代碼 %1）：請至「設定」</translation>
    </message>
    <message>
        <source>The branch server cannot be reached, so the complaint cannot be opened now; it can be once the server answers again.</source>
        <translation>無法連線分行伺服器，暫時打不開這件投訴；伺服器恢復後即可開啟。</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已儲存，登記編號 %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>A counter checklist started at %1 was not finished. Resume it?</source>
        <translation>%1 開始的櫃檯安撫指引尚未完成。要繼續嗎？</translation>
    </message>
    <message>
        <source>From the guide: %1</source>
        <translation>來自安撫指引：%1</translation>
    </message>
    <message>
        <source>Checklist added to the complaint.</source>
        <translation>安撫指引紀錄已附加到該投訴。</translation>
    </message>
    <message>
        <source>A complaint you had not saved was kept from %1. Restore it?</source>
        <translation>有一筆 %1 未儲存的投訴已為您保留。要還原嗎？</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>無法備份：%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已備份到 %1</translation>
    </message>
    <message>
        <source>Backing up the register before closing...</source>
        <translation>關閉前正在備份登記簿...</translation>
    </message>
    <message>
        <source>The register file failed its check (%1). It is now open read-only: you can read and print, nothing more is written to it.</source>
        <translation>登記簿檔案未通過檢查（%1）。登記簿現已改為唯讀：可以檢視和列印，不會再寫入任何內容到該檔案。</translation>
    </message>
    <message>
        <source>The register file failed its check, and no good backup was found. Keep working read-only and ask for help; the file is kept as it is.</source>
        <translation>登記簿檔案未通過檢查，且找不到完好的備份。請繼續以唯讀方式使用並請人協助；該檔案維持原樣。</translation>
    </message>
    <message>
        <source>The register file failed its check. Restore the newest good backup, from %1 (%2 complaints)? The damaged file is moved aside untouched, and everyone signs in again.</source>
        <translation>登記簿檔案未通過檢查。要還原 %1 的最新完好備份（共 %2 件投訴）嗎？損毀的檔案會原樣移至他處，所有人需重新登入。</translation>
    </message>
    <message>
        <source>Only a manager may restore a backup.</source>
        <translation>只有主管可以還原備份。</translation>
    </message>
    <message>
        <source>Restoring the backup...

The register as it is now is backed up first; a large register takes a while.</source>
        <translation>正在還原備份...

會先備份目前的登記簿；登記簿較大時需要一些時間。</translation>
    </message>
    <message>
        <source>Restored the backup of %1 (%2 complaints). Sign in again.</source>
        <translation>已還原 %1 的備份（共 %2 件投訴）。請重新登入。</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move this PC&apos;s register to the branch server</source>
        <translation>將這台電腦的登記簿遷移到分行伺服器</translation>
    </message>
    <message>
        <source>Everything in this PC&apos;s register is copied into the server&apos;s register, which must be empty: complaints with their timelines and audit history, the opinion book, box openings, sign-offs, checklist runs, and staff with their roles and passwords. Both registers are then checked and their counts shown side by side. This PC&apos;s register is left as it is.</source>
        <translation>這台電腦登記簿中的所有內容都會複製到伺服器的登記簿（該登記簿必須為空）：投訴及其處理經過和稽核紀錄、意見簿、意見箱開箱紀錄、每日閱簽、安撫指引紀錄，以及員工的角色和密碼。之後兩本登記簿都會檢查，並並排列出數量。這台電腦的登記簿保持不變。</translation>
    </message>
    <message>
        <source>Your password (%1)</source>
        <translation>您的密碼（%1）</translation>
    </message>
    <message>
        <source>The server&apos;s owner (a server with two users only)</source>
        <translation>伺服器的擁有者（僅限設有兩個使用者的伺服器）</translation>
    </message>
    <message>
        <source>If the branch server was set up with two users, only its owner role may move a register in. Type the owner&apos;s user name and password: they are used for this move only and are not kept anywhere. Otherwise leave them empty.</source>
        <translation>如果分行伺服器設有兩個使用者，只有其擁有者角色可以遷入登記簿。請輸入擁有者的使用者名稱和密碼：僅用於這次遷移，不會保存在任何地方。否則請留空。</translation>
    </message>
    <message>
        <source>Owner&apos;s user name</source>
        <translation>擁有者的使用者名稱</translation>
    </message>
    <message>
        <source>Owner&apos;s password</source>
        <translation>擁有者的密碼</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Move now</source>
        <translation>立即遷移</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>請先輸入您的密碼。</translation>
    </message>
    <message>
        <source>Type the owner&apos;s password too.</source>
        <translation>請同時輸入擁有者的密碼。</translation>
    </message>
    <message>
        <source>Moving... (this can take a few minutes)</source>
        <translation>正在遷移……（可能需要幾分鐘）</translation>
    </message>
    <message>
        <source>Moved, and both registers passed their check. Press Use this server, then start Complaint Book again on every PC.</source>
        <translation>遷移完成，兩本登記簿都通過了檢查。請按「使用此伺服器」，然後在每台電腦上重新啟動投訴簿。</translation>
    </message>
    <message>
        <source>Nothing was moved: on this server only its owner role %1 may move a register in, not %2. Type the owner&apos;s user name and password above, then press Move now.</source>
        <translation>沒有遷移任何內容：在這台伺服器上，只有擁有者角色 %1 可以遷入登記簿，%2 不行。請在上方輸入擁有者的使用者名稱和密碼，然後按「立即遷移」。</translation>
    </message>
    <message>
        <source>Nothing was moved: the branch server %1 refused the owner&apos;s user name %2 with the password typed. Check the owner&apos;s user name and password, type them again, then press Move now.</source>
        <translation>沒有遷移任何內容：分行伺服器 %1 拒絕了擁有者使用者名稱 %2 和所輸入的密碼。請檢查擁有者的使用者名稱和密碼，重新輸入後按「立即遷移」。</translation>
    </message>
    <message>
        <source>Nothing was moved: the branch server %1 refused user name %2 with the password typed in Settings. Check the server&apos;s fields there.</source>
        <translation>沒有遷移任何內容：分行伺服器 %1 拒絕了使用者名稱 %2 和在「設定」中輸入的密碼。請檢查那裡的伺服器各欄。</translation>
    </message>
    <message>
        <source>Nothing was moved: %1</source>
        <translation>沒有遷移任何內容：%1</translation>
    </message>
    <message>
        <source>the move stopped unexpectedly.</source>
        <translation>遷移意外中止。</translation>
    </message>
    <message>
        <source>Nothing was moved, or the move did not check out: see below.</source>
        <translation>沒有遷移任何內容，或遷移結果未通過檢查：見下方。</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>這台電腦</translation>
    </message>
    <message>
        <source>server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Check on %1: OK</source>
        <translation>%1 檢查：通過</translation>
    </message>
    <message>
        <source>Check on %1: %2 problem(s)</source>
        <translation>%1 檢查：%2 個問題</translation>
    </message>
</context>
<context>
    <name>NumbersTab</name>
    <message>
        <source>Praise by staff member:</source>
        <translation>各員工受表揚情形：</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表揚次數</translation>
    </message>
    <message>
        <source>Entries: %1 (%2)</source>
        <translation>意見總數：%1（%2）</translation>
    </message>
    <message>
        <source>Promoted to complaints: %1</source>
        <translation>轉為投訴登記：%1 則</translation>
    </message>
    <message>
        <source>Replied: %1 (%2 of those needing a reply)</source>
        <translation>已答覆：%1 則（占需答覆意見的 %2）</translation>
    </message>
    <message>
        <source>Days read and signed on time: %1 of %2</source>
        <translation>按時閱簽天數：%1 / %2</translation>
    </message>
    <message>
        <source>Days signed late (not counted as read): %1</source>
        <translation>補簽天數（不計為已閱）：%1</translation>
    </message>
    <message>
        <source>Suggestion box openings: %1</source>
        <translation>意見箱開箱：%1 次</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>an unexpected problem (the details are in the log)</source>
        <translation>未預期的問題（詳細資訊已寫入記錄檔）</translation>
    </message>
    <message>
        <source>Working, a moment please...</source>
        <translation>正在處理，請稍候……</translation>
    </message>
    <message>
        <source>Complaint Book</source>
        <translation>投訴簿</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
</context>
<context>
    <name>OpinionForm</name>
    <message>
        <source>Transcribe an entry</source>
        <translation>登錄意見</translation>
    </message>
    <message>
        <source>book page or slip number</source>
        <translation>意見簿頁碼或意見單編號</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- 請選擇 -</translation>
    </message>
    <message>
        <source>The customer&apos;s words, as written</source>
        <translation>照客戶所寫原文抄錄</translation>
    </message>
    <message>
        <source>leave empty if anonymous</source>
        <translation>匿名可留空</translation>
    </message>
    <message>
        <source>Attach scan or photo...</source>
        <translation>附加掃描檔或相片...</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Box opening</source>
        <translation>開箱批次</translation>
    </message>
    <message>
        <source>Page / slip no.</source>
        <translation>頁碼／單號</translation>
    </message>
    <message>
        <source>Date written</source>
        <translation>填寫日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>About staff member</source>
        <translation>涉及員工</translation>
    </message>
    <message>
        <source>About service</source>
        <translation>涉及業務</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>掃描檔</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+S)</source>
        <translation>儲存並登錄下一則 (Ctrl+S)</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（未指明）</translation>
    </message>
    <message>
        <source>(not from a box opening)</source>
        <translation>（非開箱所得）</translation>
    </message>
    <message>
        <source>Opened %1 (witness %2)</source>
        <translation>%1 開箱（見證人 %2）</translation>
    </message>
    <message>
        <source>Choose the scan or photo</source>
        <translation>選擇掃描檔或相片</translation>
    </message>
    <message>
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.pdf)</source>
        <translation>圖片和 PDF 檔案 (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.pdf)</translation>
    </message>
</context>
<context>
    <name>OpinionNames</name>
    <message>
        <source>Opinion book</source>
        <translation>意見簿</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>意見箱</translation>
    </message>
    <message>
        <source>Comment card</source>
        <translation>意見卡</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表揚</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>詢問</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
</context>
<context>
    <name>OpinionsView</name>
    <message>
        <source>Opinion book and suggestion box</source>
        <translation>意見簿與意見箱</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>意見箱</translation>
    </message>
    <message>
        <source>Daily reading</source>
        <translation>每日閱簽</translation>
    </message>
    <message>
        <source>Numbers and praise</source>
        <translation>統計與表揚</translation>
    </message>
</context>
<context>
    <name>ReadingTab</name>
    <message>
        <source>The branch head, or a manager standing in, reads the opinion book every day and signs it here.</source>
        <translation>分行經理（或代理的主管）每天閱讀意見簿，並在此閱簽。</translation>
    </message>
    <message>
        <source>I have read today&apos;s entries: sign</source>
        <translation>今日意見已閱，簽名確認</translation>
    </message>
    <message>
        <source>Days in the last two weeks without a sign-off:</source>
        <translation>近兩週未閱簽的日期：</translation>
    </message>
    <message>
        <source>Sign the selected day</source>
        <translation>為所選日期閱簽</translation>
    </message>
    <message>
        <source>Signed in the last two weeks:</source>
        <translation>近兩週的閱簽：</translation>
    </message>
    <message>
        <source>%1: signed by %2 on %3</source>
        <translation>%1：%2 於 %3 閱簽</translation>
    </message>
    <message>
        <source>sealed: branch key %1, audit trail entry #%2</source>
        <translation>已封簽：分行金鑰 %1，稽核紀錄第 %2 筆</translation>
    </message>
    <message>
        <source>LATE: %1 days after the day read</source>
        <translation>補簽：遲了 %1 天</translation>
    </message>
    <message>
        <source>Signed for %1. Branch key %2: it must match the key printed on the signed monthly registers.</source>
        <translation>已簽 %1。分行金鑰 %2：應與已簽章的月度登記簿上印的金鑰一致。</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Register no.</source>
        <translation>登記編號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>投訴時間</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>%1 (first reply)</source>
        <translation>%1（首次答覆）</translation>
    </message>
    <message>
        <source>[extra care]</source>
        <translation>[需特別關照]</translation>
    </message>
    <message>
        <source>[about staff]</source>
        <translation>[投訴員工]</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Complaint register</source>
        <translation>客戶投訴登記簿</translation>
    </message>
    <message>
        <source>Search number, customer, phone, text... (Ctrl+F)</source>
        <translation>搜尋編號、客戶、電話、內容... (Ctrl+F)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>僅顯示逾期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未結案</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部承辦人</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>共 %n 件投訴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n complaints</source>
        <translation>
            <numerusform>超過 %n 件投訴</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesView</name>
    <message>
        <source>Standard replies</source>
        <translation>標準答覆手冊</translation>
    </message>
    <message>
        <source>Save the booklet as PDF...</source>
        <translation>將手冊儲存為 PDF...</translation>
    </message>
    <message>
        <source>Agreed answers to what customers object to most often. Replies of the commonest categories come first; each use is counted.</source>
        <translation>針對客戶最常提出的異議，大家議定的統一答覆。最常見類別的答覆排在前面；每次使用都會計數。</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答覆</translation>
    </message>
    <message>
        <source>What the customer says or wants</source>
        <translation>客戶的說法或要求</translation>
    </message>
    <message>
        <source>The answer we agreed to give</source>
        <translation>我們議定的答覆</translation>
    </message>
    <message>
        <source>What the record and letters say, e.g. Apologised; refunded the same day.</source>
        <translation>記入紀錄及函件的書面文字，例如：已向客戶致歉，當日退款。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答覆內容</translation>
    </message>
    <message>
        <source>In the record</source>
        <translation>書面紀錄</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>History</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>已使用 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>恢復使用</translation>
    </message>
    <message>
        <source>Reply saved.</source>
        <translation>答覆已儲存。</translation>
    </message>
    <message>
        <source>History of the reply</source>
        <translation>此答覆的稽核紀錄</translation>
    </message>
    <message>
        <source>Only a manager may read the audit history.</source>
        <translation>只有主管可以查看稽核紀錄。</translation>
    </message>
    <message>
        <source>Save the booklet</source>
        <translation>儲存手冊</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Booklet with %1 replies saved to %2</source>
        <translation>已將含 %1 則答覆的手冊儲存至 %2</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Monthly complaint register</source>
        <translation>每月客戶投訴登記簿</translation>
    </message>
    <message>
        <source>Make the register</source>
        <translation>產生登記簿</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>&lt; Previous page</source>
        <translation>&lt; 上一頁</translation>
    </message>
    <message>
        <source>Next page &gt;</source>
        <translation>下一頁 &gt;</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>列印...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>另存為 PDF...</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>匯出 CSV...</translation>
    </message>
    <message>
        <source>Export Excel...</source>
        <translation>匯出 Excel...</translation>
    </message>
    <message>
        <source>Full names, phone and ID numbers</source>
        <translation>完整姓名、電話和證件號碼</translation>
    </message>
    <message>
        <source>Without this, names, phone and ID numbers are masked as on the register.</source>
        <translation>未勾選時，姓名、電話和證件號碼依登記簿的方式部分遮蔽。</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Making and printing the register is a manager&apos;s task. Your exports show names, phone and ID numbers masked.</source>
        <translation>製作和列印登記簿由主管負責。您匯出的資料中，姓名、電話和證件號碼會部分遮蔽。</translation>
    </message>
    <message>
        <source>Returns for head office...</source>
        <translation>報送上級單位的報表...</translation>
    </message>
    <message>
        <source>Reading complaints: %v of %m</source>
        <translation>正在讀取投訴：第 %v 件，共 %m 件</translation>
    </message>
    <message>
        <source>Checking the register against its audit trail</source>
        <translation>正在將登記簿與稽核紀錄核對</translation>
    </message>
    <message>
        <source>Laying out page %1</source>
        <translation>正在排版第 %1 頁</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1 頁</translation>
    </message>
    <message>
        <source>Register ready: %1 complaints on %2 pages.</source>
        <translation>登記簿已產生：共 %1 件投訴，%2 頁。</translation>
    </message>
    <message>
        <source>The register could not be made: %1</source>
        <translation>無法產生登記簿：%1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>已取消，未儲存任何內容。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>無法啟動印表機。</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>已將 %1 頁傳送至印表機。</translation>
    </message>
    <message>
        <source>Printed to %1: the register&apos;s own PDF, which verify-register can check.</source>
        <translation>已列印至 %1：這是登記簿本身的 PDF，可用 verify-register 核驗。</translation>
    </message>
    <message>
        <source>Printed %1 pages to %2. Only the whole register can be checked with verify-register.</source>
        <translation>已將 %1 頁列印至 %2。只有完整的登記簿才能用 verify-register 核驗。</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>儲存登記簿</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已儲存至 %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the month</source>
        <translation>匯出當月投訴</translation>
    </message>
    <message>
        <source>Returns for head office</source>
        <translation>報送上級單位的報表</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>正在匯出...</translation>
    </message>
    <message>
        <source>Returns written to %1</source>
        <translation>報表已寫入 %1</translation>
    </message>
    <message>
        <source>Exported %1 complaints to %2</source>
        <translation>已將 %1 件投訴匯出至 %2</translation>
    </message>
</context>
<context>
    <name>RungPanel</name>
    <message>
        <source>You can say:</source>
        <translation>您可以這樣說：</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <source>Customer still upset: change %1 of 3</source>
        <translation>客戶情緒仍未平復：第 %1 項調整（共 3 項）</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>為什麼這樣做：%1</translation>
    </message>
    <message>
        <source>Who takes over:</source>
        <translation>由誰接手：</translation>
    </message>
    <message>
        <source>Where you moved to:</source>
        <translation>換到哪裡：</translation>
    </message>
    <message>
        <source>When, and with which senior manager:</source>
        <translation>時間，以及與哪位上級主管面談：</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>What happened (optional, can be written later)</source>
        <translation>發生了什麼事（選填，可稍後補寫）</translation>
    </message>
    <message>
        <source>Police %1 · Ambulance %2 · Fire %3</source>
        <translation>報警 %1 · 救護 %2 · 火警 %3</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <source>Branch server</source>
        <translation>分行伺服器</translation>
    </message>
    <message>
        <source>Several counter PCs share one register when it is kept on a PostgreSQL server on the branch network.</source>
        <translation>將登記簿存放在分行網路上的 PostgreSQL 伺服器，多台櫃檯電腦即可共用同一本登記簿。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>使用此伺服器</translation>
    </message>
    <message>
        <source>Use this PC only</source>
        <translation>僅使用本機</translation>
    </message>
    <message>
        <source>Move this PC&apos;s register to this server...</source>
        <translation>將這台電腦的登記簿遷移到此伺服器...</translation>
    </message>
    <message>
        <source>Now working on: the branch server %1, database %2.</source>
        <translation>目前使用：分行伺服器 %1，資料庫 %2。</translation>
    </message>
    <message>
        <source>Now working on: this PC&apos;s own register file.</source>
        <translation>目前使用：這台電腦本身的登記簿檔案。</translation>
    </message>
    <message>
        <source>No credential store on this PC: the password is kept in settings.ini in the data folder. On a shared counter PC, protect the Windows account with a password of its own.</source>
        <translation>這台電腦沒有認證存放區：密碼儲存在資料存放位置的 settings.ini 中。若是多人共用的櫃檯電腦，請為該 Windows 帳號另設密碼加以保護。</translation>
    </message>
    <message>
        <source>The password is still kept in settings.ini. Press Use this server to move it into this PC&apos;s credential store.</source>
        <translation>密碼仍儲存在 settings.ini 中。請按「使用此伺服器」，將它移到這台電腦的認證存放區。</translation>
    </message>
    <message>
        <source>The password is kept in this PC&apos;s credential store (Windows Credential Manager on Windows), not in settings.ini.</source>
        <translation>密碼儲存在這台電腦的認證存放區中（Windows 上為認證管理員），不在 settings.ini 中。</translation>
    </message>
    <message>
        <source>Testing the connection to %1 (this takes at most %2 seconds)...</source>
        <translation>正在測試與 %1 的連線（最多需要 %2 秒）...</translation>
    </message>
    <message>
        <source>Saved. Close and start Complaint Book again to work on the branch server.</source>
        <translation>已儲存。請關閉並重新啟動投訴簿，之後即會使用分行伺服器。</translation>
    </message>
    <message>
        <source>Saved. Close and start Complaint Book again to work on this PC&apos;s own register file.</source>
        <translation>已儲存。請關閉並重新啟動投訴簿，之後即會改用這台電腦本身的登記簿檔案。</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation>例如 192.168.1.10</translation>
    </message>
    <message>
        <source>Server PC</source>
        <translation>伺服器電腦</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>New password of the branch server</source>
        <translation>分行伺服器的新密碼</translation>
    </message>
    <message>
        <source>Type the password the branch server now has for user %1 on %2. It is tested before this PC keeps it.</source>
        <translation>請輸入分行伺服器 %2 上使用者 %1 現在的密碼。這台電腦會先測試，通過後才保存。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Test and keep</source>
        <translation>測試並保存</translation>
    </message>
    <message>
        <source>Type the new password.</source>
        <translation>請輸入新密碼。</translation>
    </message>
    <message>
        <source>Testing the new password (this takes at most %1 seconds)...</source>
        <translation>正在測試新密碼（最多需要 %1 秒）...</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Branch settings</source>
        <translation>分行設定</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <source>Starts every register number, e.g. BR01-202603-0001</source>
        <translation>作為每個登記編號的開頭，例如 BR01-202603-0001</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>分行名稱</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>分行代碼</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Branch head</source>
        <translation>分行經理</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家／地區</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Deadline policy</source>
        <translation>辦理時限規定</translation>
    </message>
    <message>
        <source>Custom: working days</source>
        <translation>自訂：工作天數</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>類別方案</translation>
    </message>
    <message>
        <source>Clerks may sign in with a 6-digit PIN</source>
        <translation>櫃員可使用 6 位數 PIN 碼登入</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>閒置多久後鎖定螢幕</translation>
    </message>
    <message>
        <source>Keep personal data (years)</source>
        <translation>個人資料保存期限（年）</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>修改...</translation>
    </message>
    <message>
        <source>Language of this PC</source>
        <translation>本機介面語言</translation>
    </message>
    <message>
        <source>Anonymise old personal data...</source>
        <translation>將過期個人資料去識別化...</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>儲存設定</translation>
    </message>
    <message>
        <source>History of the settings...</source>
        <translation>設定的稽核紀錄...</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Deactivate / reactivate selected</source>
        <translation>停用／啟用所選員工</translation>
    </message>
    <message>
        <source>Set sign-in of selected...</source>
        <translation>設定所選員工的登入資訊...</translation>
    </message>
    <message>
        <source>History of selected...</source>
        <translation>所選員工的稽核紀錄...</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>您的資料</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>還原...</translation>
    </message>
    <message>
        <source>Second copy to folder...</source>
        <translation>複製第二份到資料夾...</translation>
    </message>
    <message>
        <source>Change my sign-in...</source>
        <translation>修改我的登入資訊...</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>This PC works on the branch server, so the register is backed up there with pg_dump (the README shows how). These buttons are for a register file on this PC only.</source>
        <translation>這台電腦使用的是分行伺服器，登記簿需在伺服器上以 pg_dump 備份（方法請見 README）。這些按鈕僅適用於這台電腦上的登記簿檔案。</translation>
    </message>
    <message>
        <source>Data folder: %1
Newest backup: %2 (%3)</source>
        <translation>資料存放位置：%1
最新備份：%2（%3）</translation>
    </message>
    <message>
        <source>Data folder: %1
No backup yet.</source>
        <translation>資料存放位置：%1
尚無備份。</translation>
    </message>
    <message>
        <source>Each backup is also copied to %1</source>
        <translation>每份備份也會複製到 %1</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>選擇要還原的備份</translation>
    </message>
    <message>
        <source>Complaint Book backups (*.sqlite3)</source>
        <translation>投訴簿備份 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Replace the register with the backup %1? Everyone signs in again afterwards; the register as it is now is backed up first.</source>
        <translation>以備份 %1 取代目前的登記簿嗎？之後所有人需要重新登入；目前的登記簿會先備份。</translation>
    </message>
    <message>
        <source>Folder for a second copy of each backup (e.g. a USB stick)</source>
        <translation>每次備份另存一份副本的資料夾（例如 USB 隨身碟）</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <source>Standard replies</source>
        <translation>標準答覆</translation>
    </message>
    <message>
        <source>The categories are now those of: %1. Switch the standard replies to theirs too? Replies that do not fit are retired (kept, not deleted).</source>
        <translation>投訴分類已改為：%1。是否同時換成對應的標準答覆？不適用的答覆將停用（保留，不刪除）。</translation>
    </message>
    <message>
        <source>Standard replies switched: %1 added, %2 retired.</source>
        <translation>標準答覆已更換：新增 %1 則，停用 %2 則。</translation>
    </message>
    <message>
        <source>Safety exit numbers: police %1 · ambulance %2 · fire %3</source>
        <translation>緊急求助電話：報警 %1 · 救護 %2 · 火警 %3</translation>
    </message>
    <message>
        <source>(the country&apos;s)</source>
        <translation>（所在國家/地區預設）</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>報警</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <translation>救護</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>火警</translation>
    </message>
    <message>
        <source>Police also on (optional)</source>
        <translation>其他報警號碼（可不填）</translation>
    </message>
    <message>
        <source>Emergency numbers for the safety exit</source>
        <translation>緊急求助電話</translation>
    </message>
    <message>
        <source>The safety exit tells staff whom to call when a customer threatens or turns violent. The numbers follow the branch&apos;s country, in every language.</source>
        <translation>客戶威脅或動手時，緊急求助頁面告訴員工該撥打哪個電話。號碼依分行所在國家/地區顯示，各種語言都相同。</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 個月</translation>
    </message>
    <message>
        <source>the country&apos;s default</source>
        <translation>所在國家／地區的預設值</translation>
    </message>
    <message>
        <source>Name in %1</source>
        <translation>名稱（%1）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Months to refer a final response (0: none stated)</source>
        <translation>收到最終答覆後可提出的期限（月；0 表示不註明）</translation>
    </message>
    <message>
        <source>We let them consider a complaint referred after their time limits</source>
        <translation>即使超過其時限，我們也同意其受理</translation>
    </message>
    <message>
        <source>Their leaflet goes with every final response</source>
        <translation>每份最終答覆函均附上該機構的說明資料</translation>
    </message>
    <message>
        <source>Where the letters send an unhappy customer</source>
        <translation>函件告知不滿意客戶的求助機構</translation>
    </message>
    <message>
        <source>Every letter to a customer says whom they may turn to if they are unhappy with our answer: the ombudsman or the regulator&apos;s hotline of the branch&apos;s country. The name is printed in the language of the letter.</source>
        <translation>每份致客戶的函件都會寫明：客戶對我們的答覆不滿意時，可以向誰求助，即本分行所在國家／地區的申訴機構或主管機關專線。名稱依函件語言列印。</translation>
    </message>
    <message>
        <source>Country default</source>
        <translation>恢復預設值</translation>
    </message>
    <message>
        <source>Staff member added.</source>
        <translation>已新增員工。</translation>
    </message>
    <message>
        <source>History of the branch settings</source>
        <translation>分行設定的稽核紀錄</translation>
    </message>
    <message>
        <source>Select a staff member first.</source>
        <translation>請先選擇一位員工。</translation>
    </message>
    <message>
        <source>Only a manager may read the audit history.</source>
        <translation>只有主管可以查看稽核紀錄。</translation>
    </message>
    <message>
        <source>Sets the public holidays, the currency, the deadline policy and the emergency numbers</source>
        <translation>決定國定假日、幣別、期限規定和緊急電話</translation>
    </message>
    <message>
        <source>Letters refer customers to: not set (no default is known for this country), so no letter can be printed.</source>
        <translation>函件告知客戶可求助於：未設定（本國家／地區沒有預設值），因此無法列印函件。</translation>
    </message>
    <message>
        <source>Letters refer customers to: %1</source>
        <translation>函件告知客戶可求助於：%1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的稽核紀錄</translation>
    </message>
    <message>
        <source>No closed complaint is older than the retention period with personal data left.</source>
        <translation>沒有已超過保存期限且仍含個人資料的已結案投訴。</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>...另有 %1 件</translation>
    </message>
    <message>
        <source>Anonymise personal data</source>
        <translation>個人資料去識別化</translation>
    </message>
    <message>
        <source>Anonymised %1 complaint(s).</source>
        <translation>已將 %1 件投訴去識別化。</translation>
    </message>
    <message>
        <source>Names, phone numbers, ID numbers and care notes of these %1 closed complaint(s) will be removed. Counts and statistics stay. This cannot be undone.</source>
        <translation>將刪除這 %1 件已結案投訴中的姓名、電話號碼、身分證號及關懷說明。件數與統計資料會保留。此操作無法復原。</translation>
    </message>
    <message>
        <source>Sign-in of %1</source>
        <translation>%1 的登入資訊</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>New password (empty: keep)</source>
        <translation>新密碼（留空則不變更）</translation>
    </message>
    <message>
        <source>New 6-digit PIN (clerks; empty: keep)</source>
        <translation>新的 6 位數 PIN 碼（限櫃員；留空則不變更）</translation>
    </message>
    <message>
        <source>Also lift a lockout</source>
        <translation>同時解除鎖定</translation>
    </message>
    <message>
        <source>Passwords are stored only as Argon2id hashes; nobody can read them back.</source>
        <translation>密碼僅以 Argon2id 雜湊值儲存，任何人都無法讀回原密碼。</translation>
    </message>
    <message>
        <source>Sign-in saved.</source>
        <translation>登入資訊已儲存。</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Welcome: set up your branch</source>
        <translation>歡迎使用：請設定您的分行</translation>
    </message>
    <message>
        <source>This takes a minute. You become the first manager and can add staff afterwards.</source>
        <translation>只需一分鐘。您將成為第一位主管，之後可再新增員工。</translation>
    </message>
    <message>
        <source>Clerks may sign in with a 6-digit PIN</source>
        <translation>櫃員可使用 6 位數 PIN 碼登入</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>分行名稱</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>分行代碼</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家／地區</translation>
    </message>
    <message>
        <source>Kind of business</source>
        <translation>業務類型</translation>
    </message>
    <message>
        <source>Deadline policy</source>
        <translation>辦理時限規定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <source>Set up and sign in</source>
        <translation>完成設定並登入</translation>
    </message>
    <message>
        <source>Currency %1; public holidays of %2;</source>
        <translation>幣別 %1；%2的國定假日；</translation>
    </message>
    <message>
        <source>categories and standard replies of: %1.</source>
        <translation>%1的投訴分類和標準答覆。</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>兩次輸入的密碼不一致，請重新輸入。</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Complaint Book</source>
        <translation>投訴簿</translation>
    </message>
    <message>
        <source>password, or PIN if allowed</source>
        <translation>密碼，或 PIN 碼（若已開放）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>密碼或 PIN 碼</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Open a root-cause task...</source>
        <translation>開立根本原因調查任務...</translation>
    </message>
    <message>
        <source>Possibly the same problem: %1</source>
        <translation>可能是同一問題：%1 件</translation>
    </message>
    <message>
        <source>No other complaint of the 30 days before it in its category or with its words.</source>
        <translation>此前 30 天內沒有同類別或內容相近的其他投訴。</translation>
    </message>
    <message>
        <source>Its scope is a group of customers (line).</source>
        <translation>影響範圍為一類客戶（線）。</translation>
    </message>
    <message>
        <source>Its scope is all customers (plane).</source>
        <translation>影響範圍為全部客戶（面）。</translation>
    </message>
    <message>
        <source>%1 complaints alike within 7 days.</source>
        <translation>7 天內同類投訴 %1 件。</translation>
    </message>
    <message>
        <source>%1 Open a root-cause task linking these complaints?</source>
        <translation>%1 是否開立根本原因調查任務，關聯這些投訴？</translation>
    </message>
    <message>
        <source>%1 A manager is asked to open a root-cause task.</source>
        <translation>%1 需由主管開立根本原因調查任務。</translation>
    </message>
    <message>
        <source>Root-cause task #%1, opened by %2 on %3: %4 complaints linked.</source>
        <translation>根本原因調查任務 #%1，由 %2 於 %3 開立：關聯投訴 %4 件。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>無法啟動印表機。</translation>
    </message>
    <message>
        <source>The customer&apos;s slip was sent to the printer.</source>
        <translation>客戶回執已送到印表機。</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>You can say:</source>
        <translation>您可以這樣說：</translation>
    </message>
    <message>
        <source>Standard replies for this kind of complaint (double-click to use):</source>
        <translation>此類投訴的標準答覆（按兩下即可使用）：</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>為什麼這樣做：%1</translation>
    </message>
</context>
<context>
    <name>actor</name>
    <message>
        <source>command line</source>
        <translation>命令列</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>first start</source>
        <translation>首次設定</translation>
    </message>
    <message>
        <source>schema upgrade</source>
        <translation>軟體升級</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>啟動</translation>
    </message>
    <message>
        <source>automatic backup</source>
        <translation>自動備份</translation>
    </message>
    <message>
        <source>recovery of lost changes</source>
        <translation>找回遺失的變更</translation>
    </message>
    <message>
        <source>damage recovery</source>
        <translation>檔案損壞後的復原</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>示範資料</translation>
    </message>
</context>
<context>
    <name>check_words</name>
    <message>
        <source>the register file is damaged</source>
        <translation>登記簿檔案已損壞</translation>
    </message>
    <message>
        <source>the audit trail was altered behind the app</source>
        <translation>稽核紀錄在應用程式之外被改動</translation>
    </message>
    <message>
        <source>a record was added behind the app</source>
        <translation>有紀錄在應用程式之外被新增</translation>
    </message>
    <message>
        <source>a record was deleted behind the app</source>
        <translation>有紀錄在應用程式之外被刪除</translation>
    </message>
    <message>
        <source>a record was changed behind the app</source>
        <translation>有紀錄在應用程式之外被改動</translation>
    </message>
    <message>
        <source>register numbers do not add up: complaints were removed behind the app</source>
        <translation>登記編號對不上：有投訴在應用程式之外被刪除</translation>
    </message>
    <message>
        <source>a signing key was added behind the app</source>
        <translation>有簽章金鑰在應用程式之外被新增</translation>
    </message>
    <message>
        <source>an audit entry&apos;s signature does not hold</source>
        <translation>某筆稽核紀錄的簽章不成立</translation>
    </message>
    <message>
        <source>an opinion-book sign-off&apos;s seal does not hold</source>
        <translation>意見簿某次簽閱的封印不成立</translation>
    </message>
    <message>
        <source>a backup shows the register was changed since</source>
        <translation>某個備份顯示登記簿此後被改動過</translation>
    </message>
    <message>
        <source>an audit entry claims an upgrade no one sealed</source>
        <translation>有稽核紀錄自稱來自升級，但沒有主管封存過</translation>
    </message>
    <message>
        <source>a problem the command check describes</source>
        <translation>check 指令所述的問題</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>A scan must be a picture (PNG, JPEG...) or a PDF, not {suffix}.</source>
        <translation>掃描檔須為圖片（PNG、JPEG 等）或 PDF，不支援 {suffix}。</translation>
    </message>
    <message>
        <source>The scan is larger than 25 MB; scan at a lower resolution.</source>
        <translation>掃描檔超過 25 MB，請以較低解析度掃描。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>無法讀取 {path}：{reason}</translation>
    </message>
    <message>
        <source>No staff member #{id}.</source>
        <translation>找不到員工 #{id}。</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>密碼至少需要 {n} 個字元。</translation>
    </message>
    <message>
        <source>A PIN is exactly six digits.</source>
        <translation>PIN 碼須為 6 位數字。</translation>
    </message>
    <message>
        <source>Only a manager may set another person&apos;s sign-in.</source>
        <translation>只有主管可以設定他人的登入資訊。</translation>
    </message>
    <message>
        <source>A user name is 2-40 letters, digits, dots, dashes or underscores.</source>
        <translation>使用者名稱須為 2 至 40 個字元，只能包含英文字母、數字、點（.）、連字號（-）或底線（_）。</translation>
    </message>
    <message>
        <source>That user name is already taken.</source>
        <translation>此使用者名稱已被使用。</translation>
    </message>
    <message>
        <source>PINs are allowed only for clerks, when a manager has switched them on.</source>
        <translation>只有櫃員可以使用 PIN 碼，且須由主管開啟此功能。</translation>
    </message>
    <message>
        <source>Only a manager may reset an account.</source>
        <translation>只有主管可以重設帳號。</translation>
    </message>
    <message>
        <source>Too many wrong attempts: this account is locked for {minutes} more minute(s), or until a manager resets it.</source>
        <translation>錯誤次數過多，此帳號已鎖定：{minutes} 分鐘後自動解鎖，或由主管重設。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>This register already belongs to a branch; sign in as one of its managers.</source>
        <translation>此登記簿已屬於一個分行；請以該分行的主管身分登入。</translation>
    </message>
    <message>
        <source>This register is on the branch server, so it is backed up there with pg_dump (the README shows how). Back up now and Restore work on a register file on this PC only.</source>
        <translation>此登記簿位於分行伺服器上，需在伺服器上以 pg_dump 備份（方法請見 README）。「立即備份」與「還原」僅適用於這台電腦上的登記簿檔案。</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check: {detail}</source>
        <translation>備份副本未通過完整性檢查：{detail}</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>無法將備份寫入 {path}：{reason}</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: the disk is full. Nothing was lost: the register is as it was, and no half backup was left behind. Free some space on that disk (old files, the recycle bin), or choose another disk, and back up again.</source>
        <translation>無法將備份寫入 {folder}：磁碟已滿。沒有遺失任何內容：登記簿維持原樣，也沒有留下寫到一半的備份。請在該磁碟上釋放一些空間（舊檔案、資源回收筒），或改用其他磁碟，然後再備份一次。</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: this PC may not write there (the folder or the disk is read-only). Nothing was lost; choose another folder, or ask for the right to write there.</source>
        <translation>無法將備份寫入 {folder}：這台電腦無權寫入該位置（資料夾或磁碟為唯讀）。沒有遺失任何內容；請改選其他資料夾，或申請該位置的寫入權限。</translation>
    </message>
    <message>
        <source>The backup was not made: the register is busy (another program is writing to it). Nothing was lost and no half backup was left behind; back up again in a moment.</source>
        <translation>未能備份：登記簿忙碌中（另一個程式正在寫入）。沒有遺失任何內容，也沒有留下寫到一半的備份；請稍候再備份一次。</translation>
    </message>
    <message>
        <source>Only a manager may copy the register to another place.</source>
        <translation>只有主管可以把登記簿複製到其他位置。</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>找不到檔案：{path}</translation>
    </message>
    <message>
        <source>{path} is not a usable Complaint Book database: {reason}</source>
        <translation>{path} 不是可用的投訴簿資料庫：{reason}</translation>
    </message>
    <message>
        <source>{path} is damaged: {reason}</source>
        <translation>{path} 已損毀：{reason}</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Complaint Book.</source>
        <translation>{path} 是由較新版本的投訴簿寫入的。</translation>
    </message>
    <message>
        <source>Only a manager may change the branch settings.</source>
        <translation>只有主管可以變更分行設定。</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>請輸入 {low} 到 {high} 之間的整數。</translation>
    </message>
    <message>
        <source>Branch code must be 1-16 letters or digits (it starts every register number).</source>
        <translation>分行代碼須為 1 至 16 個英文字母或數字（作為每個登記編號的開頭）。</translation>
    </message>
    <message>
        <source>The branch needs a name.</source>
        <translation>請填寫分行名稱。</translation>
    </message>
    <message>
        <source>Currency is a three-letter code such as CNY, VND or GBP.</source>
        <translation>幣別須為三個字母的代碼，例如 CNY、VND 或 GBP。</translation>
    </message>
    <message>
        <source>Unknown deadline policy {value}.</source>
        <translation>無法辨識的辦理時限規定：{value}。</translation>
    </message>
    <message>
        <source>Unknown category preset {value}.</source>
        <translation>無法辨識的類別方案：{value}。</translation>
    </message>
    <message>
        <source>{name} is a name Windows keeps for a device, so no folder can have it; choose another folder.</source>
        <translation>{name} 是 Windows 保留給裝置的名稱，任何資料夾都不能使用；請換一個資料夾。</translation>
    </message>
    <message>
        <source>Only a manager may add staff.</source>
        <translation>只有主管可以新增員工。</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name.</source>
        <translation>請輸入員工姓名。</translation>
    </message>
    <message>
        <source>Role must be clerk or manager.</source>
        <translation>角色須為櫃員（clerk）或主管（manager）。</translation>
    </message>
    <message>
        <source>Only a manager may change staff accounts.</source>
        <translation>只有主管可以變更員工帳號。</translation>
    </message>
    <message>
        <source>{name} is the branch&apos;s last active manager and cannot be switched off: add another manager first.</source>
        <translation>{name} 是本分行最後一位在職主管，不能停用：請先新增另一位主管。</translation>
    </message>
    <message>
        <source>Only a manager may change the emergency numbers.</source>
        <translation>只有主管可以修改緊急電話。</translation>
    </message>
    <message>
        <source>The checklist file has {count} problem(s):
{problems}</source>
        <translation>安撫指引檔案有 {count} 個問題：
{problems}</translation>
    </message>
    <message>
        <source>Write a one-line summary of the complaint.</source>
        <translation>請用一句話摘要投訴內容。</translation>
    </message>
    <message>
        <source>Ask the customer what outcome they want, and write it down.</source>
        <translation>請詢問客戶希望得到什麼結果，並記錄下來。</translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces and + - ( ) . /</source>
        <translation>電話號碼只能包含數字、空格及 + - ( ) . /</translation>
    </message>
    <message>
        <source>The received time is in the future; check the date and time.</source>
        <translation>投訴時間晚於目前時間，請檢查日期和時間。</translation>
    </message>
    <message>
        <source>The promised completion time is before the complaint was received.</source>
        <translation>承諾完成時間早於投訴時間。</translation>
    </message>
    <message>
        <source>Choose the channel.</source>
        <translation>請選擇管道。</translation>
    </message>
    <message>
        <source>Choose the scope.</source>
        <translation>請選擇範圍。</translation>
    </message>
    <message>
        <source>Choose the severity.</source>
        <translation>請選擇嚴重程度。</translation>
    </message>
    <message>
        <source>Unknown code {value}.</source>
        <translation>無法辨識的代碼：{value}。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>請選擇類別。</translation>
    </message>
    <message>
        <source>Unknown category {value}.</source>
        <translation>無法辨識的類別：{value}。</translation>
    </message>
    <message>
        <source>Unknown cause {value}.</source>
        <translation>無法辨識的原因：{value}。</translation>
    </message>
    <message>
        <source>The handler cannot be the staff member the complaint is about; choose someone else.</source>
        <translation>承辦人不能是被投訴的員工，請改選其他人。</translation>
    </message>
    <message>
        <source>Register number {value} is not CODE-YYYYMM-NNNN.</source>
        <translation>登記編號 {value} 的格式不是 CODE-YYYYMM-NNNN（分行代碼-年月-序號）。</translation>
    </message>
    <message>
        <source>Only a manager may assign a complaint to someone else; a complaint you record is yours to work on.</source>
        <translation>只有主管可以把投訴交給他人；您登記的投訴由您本人承辦。</translation>
    </message>
    <message>
        <source>No complaint #{id}.</source>
        <translation>找不到投訴 #{id}。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is assigned to someone else; only its handler or a manager may work on it.</source>
        <translation>投訴 {register_no} 已指派給其他人；只有其承辦人或主管可以處理。</translation>
    </message>
    <message>
        <source>Complaint {register_no} was changed by {who} at {when}, after you opened it, so your change was not saved. What you entered is kept: look at their change, then save again.</source>
        <translation>在您開啟投訴 {register_no} 之後，{who} 於 {when} 修改了這件投訴，因此您的修改未儲存。您輸入的內容仍保留著：請先查看對方的修改，再儲存一次。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is about you, so you may read it but not act on it: another manager must handle it.</source>
        <translation>投訴 {register_no} 涉及您本人：您可以查看，但不能辦理，須由其他主管處理。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is about you, so you may read it but not act on it: a manager must handle it.</source>
        <translation>投訴 {register_no} 涉及您本人：您可以查看，但不能辦理，須由主管處理。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is about you, so you may read it but not act on it. You are the branch&apos;s only manager: ask head office to handle it.</source>
        <translation>投訴 {register_no} 涉及您本人：您可以查看，但不能辦理。您是本分行唯一的主管：請提交上級單位處理。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; reopen it before editing.</source>
        <translation>投訴 {register_no} 目前狀態為「{status}」，請先重新開啟再編輯。</translation>
    </message>
    <message>
        <source>The received date cannot move to another month: the register number belongs to its month. Void this entry with a reason and record it again.</source>
        <translation>投訴時間不能改到其他月份：登記編號按月編排。請填寫理由將此筆作廢，再重新登記。</translation>
    </message>
    <message>
        <source>Only a manager may change whom complaint {register_no} is about.</source>
        <translation>只有主管可以變更投訴 {register_no} 所涉及的人員。</translation>
    </message>
    <message>
        <source>Unsupported database address {url}: use sqlite:///PATH or postgresql://...</source>
        <translation>不支援的資料庫位址 {url}：請使用 sqlite:///PATH 或 postgresql://...</translation>
    </message>
    <message>
        <source>The connection to the branch server was lost, so nothing was saved. What you typed is still here: save again in a moment. If this keeps happening, check the network cable and that the branch server is switched on.</source>
        <translation>與分行伺服器的連線已中斷，因此未儲存任何內容。您輸入的內容仍保留在畫面上：請稍後再儲存一次。若此情形持續發生，請檢查網路線是否接好，以及分行伺服器是否已開機。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space (or ask for help), then save again: what you typed is still here.</source>
        <translation>磁碟已滿，因此未儲存任何內容。請釋放一些空間（或請人協助）後再儲存一次：您輸入的內容仍保留在畫面上。</translation>
    </message>
    <message>
        <source>The register is open read-only here, so nothing can be saved on this PC.</source>
        <translation>此登記簿在這裡以唯讀方式開啟，因此無法在這台電腦上儲存任何內容。</translation>
    </message>
    <message>
        <source>The register is busy: another program is writing to it. Nothing was saved; wait a moment and save again.</source>
        <translation>登記簿忙碌中：另一個程式正在寫入。未儲存任何內容；請稍候再儲存一次。</translation>
    </message>
    <message>
        <source>The disk that holds the register reported an error, so nothing was saved; what you typed is still here. Check that the disk or USB drive is connected, then save again. If it happens again, ask for help before going on.</source>
        <translation>存放登記簿的磁碟回報錯誤，因此未儲存任何內容；您輸入的內容仍保留在畫面上。請檢查磁碟或 USB 隨身碟是否已接好，然後再儲存一次。如果再次發生，請先請人協助再繼續。</translation>
    </message>
    <message>
        <source>The register file is damaged, so nothing was saved; what you typed is still here. Close Complaint Book and start it again: the damaged file is moved aside untouched and the newest good backup is offered.</source>
        <translation>登記簿檔案已損毀，因此未儲存任何內容；您輸入的內容仍保留在畫面上。請關閉投訴簿再重新開啟：損毀的檔案會原樣移至他處，程式會提示還原最新的完好備份。</translation>
    </message>
    <message>
        <source>No public holiday calendar is known for country code {value}.</source>
        <translation>找不到國家或地區代碼 {value} 的國定假日行事曆。</translation>
    </message>
    <message>
        <source>Only a manager may import a checklist.</source>
        <translation>只有主管可以匯入安撫指引。</translation>
    </message>
    <message>
        <source>No checklist run #{id}.</source>
        <translation>找不到安撫指引紀錄 #{id}。</translation>
    </message>
    <message>
        <source>This checklist run has already ended.</source>
        <translation>此安撫指引紀錄已經結束。</translation>
    </message>
    <message>
        <source>Enter the date and time you promised.</source>
        <translation>請輸入您承諾的日期和時間。</translation>
    </message>
    <message>
        <source>The promised time is already in the past.</source>
        <translation>承諾的時間已經過了。</translation>
    </message>
    <message>
        <source>Write down the customer&apos;s answer, or skip the step.</source>
        <translation>請記下客戶的回答，或略過此步驟。</translation>
    </message>
    <message>
        <source>All three changes have been tried; book the appointment or use the safety exit.</source>
        <translation>換人、換地點、換時間都已嘗試；請完成預約，或啟動緊急求助。</translation>
    </message>
    <message>
        <source>Choose the colleague who takes over.</source>
        <translation>請選擇接手的同事。</translation>
    </message>
    <message>
        <source>Write where you moved to.</source>
        <translation>請填寫換到哪裡。</translation>
    </message>
    <message>
        <source>Choose the senior manager the customer will meet.</source>
        <translation>請選擇將與客戶面談的上級主管。</translation>
    </message>
    <message>
        <source>Choose a date and time in the future.</source>
        <translation>請選擇未來的日期和時間。</translation>
    </message>
    <message>
        <source>A practice run is not attached to a complaint. Start the guide with F2 when a customer is really at the counter.</source>
        <translation>練習用的安撫指引紀錄不能關聯到投訴。顧客真正在櫃檯時，請按 F2 開啟指引。</translation>
    </message>
    <message>
        <source>This run already belongs to another complaint.</source>
        <translation>此安撫指引紀錄已關聯到其他投訴。</translation>
    </message>
    <message>
        <source>{column} is empty.</source>
        <translation>{column} 為空白。</translation>
    </message>
    <message>
        <source>{column} is {length:,} characters long; the limit is {limit:,}.</source>
        <translation>{column} 長 {length:,} 個字元；上限為 {limit:,}。</translation>
    </message>
    <message>
        <source>{column}: {value} is unknown.</source>
        <translation>{column}：無法辨識 {value}。</translation>
    </message>
    <message>
        <source>{column}: {value} is not a date and time. Write it as 2026-03-25 14:30, or as Excel writes dates for this branch: {example}.</source>
        <translation>{column}：{value} 不是日期時間。請寫成 2026-03-25 14:30，或依本分行 Excel 的日期格式：{example}。</translation>
    </message>
    <message>
        <source>{column}: {value} could be day/month or month/day. Dates here are written year first: write it as {example} or 2026-03-25 14:30.</source>
        <translation>{column}：{value} 可能是「日/月」也可能是「月/日」。本地日期以年份開頭：請寫成 {example} 或 2026-03-25 14:30。</translation>
    </message>
    <message>
        <source>{column}: {value} has a two-digit year; write the year in full, as in {example}.</source>
        <translation>{column}：{value} 的年份只有兩位；請寫完整年份，例如 {example}。</translation>
    </message>
    <message>
        <source>{column}: {value} is a long number that Excel turned into scientific notation, and its last digits are lost. In Excel, format the column as Text (select the column, Format Cells, Text), type or paste the numbers again, and save the sheet as CSV again.</source>
        <translation>{column}：{value} 是被 Excel 轉成科學記號的長數字，末幾位已經遺失。請在 Excel 中將該欄設為文字格式（選取該欄，儲存格格式，文字），重新輸入或貼上號碼，再另存為 CSV。</translation>
    </message>
    <message>
        <source>{column}: {value} is not yes or no.</source>
        <translation>{column}：{value} 不是 yes 或 no。</translation>
    </message>
    <message>
        <source>{column}: {value} is unknown; use one of {allowed}.</source>
        <translation>{column}：無法辨識 {value}，請使用下列其中之一：{allowed}。</translation>
    </message>
    <message>
        <source>satisfaction must be 1 to 5.</source>
        <translation>satisfaction（滿意度）須為 1 至 5。</translation>
    </message>
    <message>
        <source>extension_level must be a number.</source>
        <translation>extension_level 須為數字。</translation>
    </message>
    <message>
        <source>Register number {value} belongs to branch {code}; this register is branch {own}&apos;s. Leave register_no empty to number the row here.</source>
        <translation>登記編號 {value} 屬於分行 {code}；本登記簿屬於分行 {own}。請將 register_no 留空，由本登記簿為該列編號。</translation>
    </message>
    <message>
        <source>Register number {value} is not in the month it was received.</source>
        <translation>登記編號 {value} 與投訴時間的月份不符。</translation>
    </message>
    <message>
        <source>Register number {value} is already in the register.</source>
        <translation>登記編號 {value} 已存在於登記簿中。</translation>
    </message>
    <message>
        <source>A closed complaint needs closed_at.</source>
        <translation>已結案的投訴須填寫 closed_at（結案時間）。</translation>
    </message>
    <message>
        <source>A void entry needs void_reason.</source>
        <translation>已作廢的項目須填寫 void_reason（作廢原因）。</translation>
    </message>
    <message>
        <source>A resolved or closed complaint needs a resolution.</source>
        <translation>已解決或已結案的投訴須填寫處理結果。</translation>
    </message>
    <message>
        <source>Only a manager may import complaints.</source>
        <translation>只有主管可以匯入投訴。</translation>
    </message>
    <message>
        <source>{file} may be in {likely}: each reads it as different text and it holds too little to tell which is right, so nothing was imported rather than guessed. In Excel, save it again as &quot;CSV UTF-8 (Comma delimited)&quot; (File, Save As, Save as type) and import that file.</source>
        <translation>{file} 可能是 {likely} 編碼：按每種編碼讀出的文字都不同，而檔案內容太少，無法判斷哪種正確，因此沒有匯入任何內容，而不是猜測。請在 Excel 中將其另存為「CSV UTF-8 (逗號分隔)」（檔案、另存新檔、存檔類型），然後匯入該檔案。</translation>
    </message>
    <message>
        <source>{file} is not text in an encoding Complaint Book reads ({accepted}), so nothing was imported. In Excel, save it again as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>{file} 不是投訴簿能讀取的編碼文字（{accepted}），因此沒有匯入任何內容。請在 Excel 中將其另存為「CSV UTF-8 (逗號分隔)」。</translation>
    </message>
    <message>
        <source>{file} lacks the column(s) {missing}; the first line must name the columns as the README lists them.</source>
        <translation>{file} 缺少下列欄位：{missing}；第一行須依 README 所列寫出欄位名稱。</translation>
    </message>
    <message>
        <source>{file}, line {line}: a field is far too long or not closed by its quote mark (no field of the register holds more than {limit:,} characters). Nothing was imported.</source>
        <translation>{file} 第 {line} 行：某個欄位過長，或缺少結尾引號（登記簿的任何欄位都不超過 {limit:,} 個字元）。沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The disk that holds the register is full, so nothing was imported: the register is as it was. Free some space on that disk (or ask for help), then import again.</source>
        <translation>存放登記簿的磁碟已滿，因此沒有匯入任何內容：登記簿維持原樣。請在該磁碟上釋放一些空間（或請人協助），然後再匯入一次。</translation>
    </message>
    <message>
        <source>The register cannot be written on this PC (the file or its folder is read-only), so nothing was imported.</source>
        <translation>這台電腦無法寫入登記簿（檔案或其所在資料夾為唯讀），因此沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>The register is busy: another program is writing to it. Nothing was imported; import again in a moment.</source>
        <translation>登記簿忙碌中：另一個程式正在寫入。沒有匯入任何內容；請稍候再匯入一次。</translation>
    </message>
    <message>
        <source>The disk that holds the register reported an error, so nothing was imported. Check that the disk or USB drive is connected, then import again.</source>
        <translation>存放登記簿的磁碟回報錯誤，因此沒有匯入任何內容。請檢查磁碟或 USB 隨身碟是否已接好，然後再匯入一次。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; only a newly received complaint is acknowledged.</source>
        <translation>投訴 {register_no} 目前狀態為「{status}」；只有剛收到的投訴才能回覆受理。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; acknowledge it before investigating.</source>
        <translation>投訴 {register_no} 目前狀態為「{status}」；請先回覆受理，再開始調查。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; only a complaint under investigation is resolved.</source>
        <translation>投訴 {register_no} 目前狀態為「{status}」；只有調查處理中的投訴才能標示為已解決。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; this needs a resolved complaint.</source>
        <translation>投訴 {register_no} 目前狀態為「{status}」；此操作僅適用於已解決的投訴。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; only a resolved or closed complaint is reopened.</source>
        <translation>投訴 {register_no} 目前狀態為「{status}」；只有已解決或已結案的投訴才能重新開啟。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; this is possible only while it is open.</source>
        <translation>投訴 {register_no} 目前狀態為「{status}」；此操作僅能在尚未結案時進行。</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>請填寫理由。</translation>
    </message>
    <message>
        <source>{value} is not an amount of money.</source>
        <translation>{value} 不是有效的金額。</translation>
    </message>
    <message>
        <source>Compensation must be zero or a positive amount.</source>
        <translation>補償金額須為零或正數。</translation>
    </message>
    <message>
        <source>Choose whether the complaint was upheld.</source>
        <translation>請選擇投訴是否成立。</translation>
    </message>
    <message>
        <source>Describe what was done for the customer.</source>
        <translation>請說明為客戶做了哪些處理。</translation>
    </message>
    <message>
        <source>Choose a cause from the list.</source>
        <translation>請從清單中選擇原因。</translation>
    </message>
    <message>
        <source>Choose the cause of complaint {register_no} before resolving it: this branch&apos;s complaint figures are counted by cause.</source>
        <translation>請先選擇投訴 {register_no} 的原因，再標示為已解決：本分行的投訴統計依原因分類。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; only a resolved complaint&apos;s resolution is corrected. Reopen a closed complaint to change it.</source>
        <translation>投訴 {register_no} 目前為 {status}；只有已解決的投訴可以更正處理結果。已結案的投訴請先重新開啟。</translation>
    </message>
    <message>
        <source>Choose how satisfied the customer said they were, from 1 to 5.</source>
        <translation>請選擇客戶回答的滿意度（1 至 5）。</translation>
    </message>
    <message>
        <source>A complaint can be closed only once it has a resolution.</source>
        <translation>投訴須有處理結果才能結案。</translation>
    </message>
    <message>
        <source>Record the root cause before closing: it is what the branch learns from.</source>
        <translation>結案前請填寫根本原因：這是分行學習改進的依據。</translation>
    </message>
    <message>
        <source>The follow-up call has not been recorded. Record it, or have a manager waive it.</source>
        <translation>尚未登記回訪。請登記回訪，或由主管免除回訪。</translation>
    </message>
    <message>
        <source>Only a manager may waive the follow-up call.</source>
        <translation>只有主管可以免除回訪。</translation>
    </message>
    <message>
        <source>Only a manager may void a complaint.</source>
        <translation>只有主管可以作廢投訴。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is already void.</source>
        <translation>投訴 {register_no} 已作廢。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is closed: only a mistaken entry that is still open can be voided. Reopen it first if it really was a mistake.</source>
        <translation>投訴 {register_no} 已結案：只有仍在辦理中的誤登項目才能作廢。如確屬誤登，請先重新開啟。</translation>
    </message>
    <message>
        <source>Only a manager may reopen a complaint.</source>
        <translation>只有主管可以重新開啟投訴。</translation>
    </message>
    <message>
        <source>The reply was due on {due}, so it is already late: more time can only be asked for before the due date. Reply to the customer as soon as you can; the register counts it as late.</source>
        <translation>答覆期限是 {due}，這件投訴已經逾期：只能在答覆期限之前申請延期。請盡快答覆客戶；登記簿會將其計為逾期。</translation>
    </message>
    <message>
        <source>More time has already been asked for; a manager must approve it first.</source>
        <translation>已申請過延期，須先由主管核准。</translation>
    </message>
    <message>
        <source>Only a manager may approve a deadline extension.</source>
        <translation>只有主管可以核准延長期限。</translation>
    </message>
    <message>
        <source>Nobody has asked for more time on this complaint yet.</source>
        <translation>目前尚無人為此投訴申請延期。</translation>
    </message>
    <message>
        <source>You asked for this extension yourself; another manager must approve it.</source>
        <translation>此延期是您本人申請的，須由另一位主管核准。</translation>
    </message>
    <message>
        <source>No further extension is allowed under this branch&apos;s deadline policy.</source>
        <translation>依本分行的辦理時限規定，不能再延期。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>備註是空白的。</translation>
    </message>
    <message>
        <source>Choose how the customer was contacted.</source>
        <translation>請選擇聯絡客戶的方式。</translation>
    </message>
    <message>
        <source>Choose the result of the contact attempt.</source>
        <translation>請選擇聯絡結果。</translation>
    </message>
    <message>
        <source>Only a manager may assign or reassign a complaint.</source>
        <translation>只有主管可以指派或重新指派投訴。</translation>
    </message>
    <message>
        <source>Choose an active staff member as handler.</source>
        <translation>請選擇一位在職員工擔任承辦人。</translation>
    </message>
    <message>
        <source>The handler cannot be the staff member the complaint is about.</source>
        <translation>承辦人不能是被投訴的員工。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Complaint Book (schema {found}; this app knows up to {known}). Install the newer version to open it.</source>
        <translation>此資料庫由較新版本的投訴簿寫入（資料結構版本 {found}；本程式最高支援 {known}）。請安裝新版本後再開啟。</translation>
    </message>
    <message>
        <source>The register needs an upgrade for this version of Complaint Book, and a copy of it is made first; the copy could not be made ({reason}). Nothing was changed. Free some space on the disk that holds the register (the copy is as big as the register) and start again.</source>
        <translation>此版本的投訴簿需要升級登記簿，升級前會先複製一份；這份副本無法建立（{reason}）。沒有做任何變更。請在存放登記簿的磁碟上釋放一些空間（副本與登記簿一樣大），然後重新開啟。</translation>
    </message>
    <message>
        <source>The disk filled up while the register was being upgraded, so the upgrade was undone and nothing was changed. Free some space on the disk that holds the register and start again.</source>
        <translation>升級登記簿時磁碟已滿，因此升級已復原，沒有做任何變更。請在存放登記簿的磁碟上釋放一些空間，然後重新開啟。</translation>
    </message>
    <message>
        <source>Choose where the entry comes from.</source>
        <translation>請選擇這則意見的來源。</translation>
    </message>
    <message>
        <source>Choose the kind: praise, suggestion, question or complaint.</source>
        <translation>請選擇類型：表揚、建議、詢問或投訴。</translation>
    </message>
    <message>
        <source>Copy the customer&apos;s words into the text.</source>
        <translation>請將客戶的原話抄錄到「內容」欄。</translation>
    </message>
    <message>
        <source>The date written is in the future; check it.</source>
        <translation>填寫日期晚於今天，請檢查。</translation>
    </message>
    <message>
        <source>No suggestion box opening #{id}.</source>
        <translation>找不到意見箱開箱紀錄 #{id}。</translation>
    </message>
    <message>
        <source>That box opening is already closed.</source>
        <translation>該次開箱已經結束。</translation>
    </message>
    <message>
        <source>No opinion entry #{id}.</source>
        <translation>找不到意見 #{id}。</translation>
    </message>
    <message>
        <source>Write the reply that was given.</source>
        <translation>請填寫已給客戶的答覆。</translation>
    </message>
    <message>
        <source>Choose how the reply was given.</source>
        <translation>請選擇答覆方式。</translation>
    </message>
    <message>
        <source>This entry is already in the register as {register_no}.</source>
        <translation>這筆意見已登記為投訴，登記編號 {register_no}。</translation>
    </message>
    <message>
        <source>An opening needs a witness; write their name.</source>
        <translation>開箱須有見證人，請填寫見證人姓名。</translation>
    </message>
    <message>
        <source>The witness must be someone other than the person opening the box.</source>
        <translation>見證人不能是開箱人本人。</translation>
    </message>
    <message>
        <source>Count the slips found (0 or more).</source>
        <translation>請填寫清點到的意見單張數（0 或以上）。</translation>
    </message>
    <message>
        <source>{found} slips were counted but {entered} entered. Enter the missing slips, or explain the difference before closing.</source>
        <translation>清點了 {found} 張意見單，但已登錄 {entered} 張。請補登缺少的意見單，或在結束開箱前說明差異原因。</translation>
    </message>
    <message>
        <source>Choose at least one weekday for opening the box.</source>
        <translation>請至少選擇一天作為開箱日。</translation>
    </message>
    <message>
        <source>Only the branch head or a manager may sign the daily reading.</source>
        <translation>只有分行經理或主管可以進行每日閱簽。</translation>
    </message>
    <message>
        <source>A day in the future cannot be signed.</source>
        <translation>不能為未來的日期閱簽。</translation>
    </message>
    <message>
        <source>Write the reply&apos;s title and text.</source>
        <translation>請填寫答覆的情境和內容。</translation>
    </message>
    <message>
        <source>Only a manager may change the standard replies.</source>
        <translation>只有主管可以修改標準答覆。</translation>
    </message>
    <message>
        <source>No standard reply #{id}.</source>
        <translation>找不到標準答覆 #{id}。</translation>
    </message>
    <message>
        <source>{path} has a broken audit trail at {where}; it was not restored.</source>
        <translation>{path} 的稽核軌跡在 {where} 處中斷，因此未還原。</translation>
    </message>
    <message>
        <source>The backup was not restored: the disk that holds the register is full, and a copy of the backup is checked there first. Nothing was changed. Free as much space as the backup takes, then restore again.</source>
        <translation>未還原備份：存放登記簿的磁碟已滿，而還原前要先在該磁碟上複製一份備份進行檢查。沒有做任何變更。請釋放與備份同樣大小的空間，然後再還原一次。</translation>
    </message>
    <message>
        <source>The backup was not restored: it could not be copied to {folder} to be checked ({reason}). Nothing was changed.</source>
        <translation>未還原備份：無法將其複製到 {folder} 進行檢查（{reason}）。沒有做任何變更。</translation>
    </message>
    <message>
        <source>Only a manager may restore a backup.</source>
        <translation>只有主管可以還原備份。</translation>
    </message>
    <message>
        <source>The backup was not restored: the register file {file} could not be replaced ({reason}). Close every other program that may have it open (another Complaint Book, a backup or sync tool) and restore again.</source>
        <translation>未還原備份：無法取代登記簿檔案 {file}（{reason}）。請關閉所有其他可能開啟它的程式（另一個投訴簿、備份或同步工具），然後再還原一次。</translation>
    </message>
    <message>
        <source>The backup was not restored: the register as it is now is backed up first, and that backup could not be made. {reason}</source>
        <translation>未還原備份：還原前要先備份目前的登記簿，而這份備份無法完成。{reason}</translation>
    </message>
    <message>
        <source>The register file {file} is still there; it was not replaced. Restore a backup from Settings or with the restore command, which keep a copy of it first.</source>
        <translation>登記簿檔案 {file} 仍在原處，未被取代。請在「設定」中或以 restore 指令還原備份，這兩種方式都會先保留它的一份副本。</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>沒有找到可用的備份。</translation>
    </message>
    <message>
        <source>Restoring a backup works for a database file only.</source>
        <translation>只能從資料庫檔案還原備份。</translation>
    </message>
    <message>
        <source>{path} was not restored: it does not match its own audit trail ({problem}). Someone may have changed it behind the app; keep it for inspection.</source>
        <translation>未還原 {path}：它與自身的稽核紀錄不符（{problem}）。可能有人繞過本軟體改動過它；請保留該檔案以供檢查。</translation>
    </message>
    <message>
        <source>Only a manager may anonymise personal data.</source>
        <translation>只有主管可以將個人資料去識別化。</translation>
    </message>
    <message>
        <source>The register file {file} is damaged ({detail}).</source>
        <translation>登記簿檔案 {file} 已損毀（{detail}）。</translation>
    </message>
    <message>
        <source>The register file {file} is empty (0 bytes).</source>
        <translation>登記簿檔案 {file} 是空的（0 位元組）。</translation>
    </message>
    <message>
        <source>The register file {file} is cut short: it holds {size} bytes of its {expected}.</source>
        <translation>登記簿檔案 {file} 被截短了：只有 {size} 位元組，應有 {expected} 位元組。</translation>
    </message>
    <message>
        <source>The register file {file} is cut short ({size} bytes): its end is missing.</source>
        <translation>登記簿檔案 {file} 被截短了（{size} 位元組）：結尾部分遺失。</translation>
    </message>
    <message>
        <source>The register file {file} is not a database: its first bytes are not SQLite&apos;s.</source>
        <translation>登記簿檔案 {file} 不是資料庫：檔案開頭不是 SQLite 的格式。</translation>
    </message>
    <message>
        <source>The register file {file} is a database of some other program, not a complaint register.</source>
        <translation>登記簿檔案 {file} 是其他程式的資料庫，不是投訴登記簿。</translation>
    </message>
    <message>
        <source>The register file {file} is not there, though this folder has held a register (its backups or a copy moved aside are still here). A new, empty register is not started in its place.</source>
        <translation>登記簿檔案 {file} 不在了，但這個資料夾曾經存放過登記簿（它的備份或移至他處的檔案仍在這裡）。程式不會用一本新的空白登記簿來取代它。</translation>
    </message>
    <message>
        <source>The register file {file} has lost its newest changes: this PC last saw {seen} entries in its audit trail, the newest made at {seen_at}, but the file holds {found}, the newest made at {found_at}. Those changes are not in it (the file was put back from an older copy, or its journal was lost in a crash).</source>
        <translation>登記簿檔案 {file} 遺失了最新的變更：這台電腦上次看到其稽核軌跡中有 {seen} 筆，最新一筆記於 {seen_at}；但該檔案只有 {found} 筆，最新一筆記於 {found_at}。中間的變更不在檔案中（檔案被較舊的副本取代了，或其日誌檔在當機時遺失）。</translation>
    </message>
    <message>
        <source>The disk that holds the register ({where}) is full, so the register cannot be opened for work. Nothing in it was changed. Free some space on that disk (or ask for help), then start again.</source>
        <translation>存放登記簿的磁碟（{where}）已滿，因此無法開啟登記簿工作。登記簿中沒有任何變更。請在該磁碟上釋放一些空間（或請人協助），然後重新開啟。</translation>
    </message>
    <message>
        <source>The register at {where} is locked by another program (a backup or sync tool, or another copy of Complaint Book). Close it, wait a moment and start again.</source>
        <translation>{where} 的登記簿被另一個程式鎖定（備份或同步工具，或另一個投訴簿）。請關閉該程式，稍候再重新開啟。</translation>
    </message>
    <message>
        <source>The branch server {where} refused user name {user} with the password this PC keeps. If the server&apos;s password was changed, type the new one here; else check the user name and database name in Settings.</source>
        <translation>分行伺服器 {where} 拒絕了使用者名稱 {user} 和這台電腦保存的密碼。如果伺服器密碼已變更，請在此輸入新密碼；否則請在設定中檢查使用者名稱和資料庫名稱。</translation>
    </message>
    <message>
        <source>The disk that holds the register ({where}) reported an error when the register was opened. Nothing in it was changed. Check that the disk or USB drive is connected and start again; if it happens again, ask for help before going on.</source>
        <translation>開啟登記簿時，存放登記簿的磁碟（{where}）回報錯誤。登記簿中沒有任何變更。請檢查磁碟或 USB 隨身碟是否已接好，然後重新開啟；如果再次發生，請先請人協助再繼續。</translation>
    </message>
    <message>
        <source>There is no register in {folder}: nothing was read and nothing was made. Start Complaint Book to set one up (or run {command} setup), or name the register with --db.</source>
        <translation>{folder} 中沒有登記簿：沒有讀取任何內容，也沒有新建任何內容。請啟動投訴簿進行設定（或執行 {command} setup），或用 --db 指定登記簿。</translation>
    </message>
    <message>
        <source>No register can be made in {where}: this PC may not write in that folder. Choose a folder you may write to, or ask for the right to.</source>
        <translation>無法在 {where} 中建立登記簿：這台電腦無權寫入該資料夾。請選擇有寫入權限的資料夾，或申請寫入權限。</translation>
    </message>
    <message>
        <source>Cannot reach the branch server at {where}. Check the network cable and that the server is switched on, then start Complaint Book again.</source>
        <translation>無法連上位於 {where} 的分行伺服器。請檢查網路線是否接好、伺服器是否已開機，然後重新啟動投訴簿。</translation>
    </message>
    <message>
        <source>The damaged register file {file} could not be moved aside ({reason}). Close every program that may have it open (another Complaint Book, a backup or sync tool) and start again; nothing was written to it.</source>
        <translation>無法將損毀的登記簿檔案 {file} 移至他處（{reason}）。請關閉所有可能開啟它的程式（另一個投訴簿、備份或同步工具），然後重新開啟；沒有寫入任何內容到該檔案。</translation>
    </message>
    <message>
        <source>Cannot open the database at {where}: {reason}</source>
        <translation>無法開啟位於 {where} 的資料庫：{reason}</translation>
    </message>
    <message>
        <source>This text is {length:,} characters long; the limit is {limit:,}. Shorten it and save again.</source>
        <translation>此內容長 {length:,} 個字元，上限為 {limit:,} 個字元。請刪減後再儲存。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>請先登入。</translation>
    </message>
    <message>
        <source>Only a manager may choose where this PC keeps the register.</source>
        <translation>只有主管可以選擇這台電腦的登記簿存放位置。</translation>
    </message>
    <message>
        <source>Type the name or address of the branch server.</source>
        <translation>請輸入分行伺服器的名稱或位址。</translation>
    </message>
    <message>
        <source>Type the name of the database.</source>
        <translation>請輸入資料庫名稱。</translation>
    </message>
    <message>
        <source>Type the user name.</source>
        <translation>請輸入使用者名稱。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>連接埠須為 1 到 65535 之間的數字。</translation>
    </message>
    <message>
        <source>Could not reach the branch server {where}: nothing answered on port {port}. Check that PostgreSQL is running on that PC, that the port is right, and that its firewall lets port {port} in.</source>
        <translation>無法連上分行伺服器 {where}：連接埠 {port} 沒有回應。請確認該電腦上的 PostgreSQL 正在執行、連接埠正確，且其防火牆允許連接埠 {port} 的連線。</translation>
    </message>
    <message>
        <source>Could not reach the branch server {where}: no answer within {seconds} seconds. Check the name or address, that the PC is switched on and on the network, and its firewall.</source>
        <translation>無法連上分行伺服器 {where}：{seconds} 秒內沒有回應。請檢查名稱或位址是否正確、該電腦是否已開機並連上網路，以及其防火牆設定。</translation>
    </message>
    <message>
        <source>Could not reach the branch server {where}: this PC has no way to it on the network. Check the network cable and the address.</source>
        <translation>無法連上分行伺服器 {where}：這台電腦在網路上找不到通往該伺服器的路徑。請檢查網路線和位址。</translation>
    </message>
    <message>
        <source>No PC called {host} was found on the network. Check the name, or type its IP address (such as 192.168.1.10).</source>
        <translation>網路上找不到名為 {host} 的電腦。請檢查名稱，或改為輸入其 IP 位址（例如 192.168.1.10）。</translation>
    </message>
    <message>
        <source>The branch server {where} refused user name {user} with this password. Check the password, and look for a wrong user or database name (a typo in either is refused the same way).</source>
        <translation>分行伺服器 {where} 拒絕了使用者名稱 {user} 和此密碼。請檢查密碼，並查看使用者名稱或資料庫名稱是否有誤（任一拼寫錯誤都會被同樣拒絕）。</translation>
    </message>
    <message>
        <source>The branch server {where} does not let this PC in as user {user} to database {dbname}. Look first for a wrong user or database name; if both are right, allow the branch network in its pg_hba.conf (the README shows how).</source>
        <translation>分行伺服器 {where} 不允許這台電腦以使用者 {user} 進入資料庫 {dbname}。請先檢查使用者名稱或資料庫名稱是否有誤；如果兩者都正確，請在伺服器的 pg_hba.conf 中允許分行網路（README 中有說明）。</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is not there yet; whoever holds the password of the owner role {owner} creates it (user {user} may not): {command}</source>
        <translation>已連上分行伺服器 {where}（PostgreSQL {version}）。伺服器上還沒有登記簿，須由持有擁有者角色 {owner} 密碼的人建立（使用者 {user} 無權建立）：{command}</translation>
    </message>
    <message>
        <source>The branch server {where} has no database called {dbname}. Check the name (the README shows how to create it).</source>
        <translation>分行伺服器 {where} 上沒有名為 {dbname} 的資料庫。請檢查名稱（建立方法請見 README）。</translation>
    </message>
    <message>
        <source>Could not use the branch server {where}: {detail}</source>
        <translation>無法使用分行伺服器 {where}：{detail}</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is not there yet: the first PC that uses this server creates it.</source>
        <translation>已連上分行伺服器 {where}（PostgreSQL {version}）。伺服器上尚無登記簿：第一台使用此伺服器的電腦會建立登記簿。</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). Its register was written by a newer version of Complaint Book: update Complaint Book on this PC first.</source>
        <translation>已連上分行伺服器 {where}（PostgreSQL {version}）。伺服器上的登記簿是由較新版本的投訴簿寫入的：請先更新這台電腦上的投訴簿。</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). Its register must first be upgraded to this version, by whoever holds the password of the owner role {owner} (user {user} may not): {command}</source>
        <translation>已連上分行伺服器 {where}（PostgreSQL {version}）。伺服器上的登記簿須先升級到本版本，由持有擁有者角色 {owner} 密碼的人執行（使用者 {user} 無權升級）：{command}</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is already there: this PC will share it. But user {user} owns it, so anyone with its password could switch off the guards of its audit trail: give the register to an owner role (README: Upgrading an existing server).</source>
        <translation>已連上分行伺服器 {where}（PostgreSQL {version}）。伺服器上已有登記簿：這台電腦將與其他電腦共用。但登記簿歸使用者 {user} 所有，任何知道其密碼的人都能關閉稽核軌跡的保護：請把登記簿交給擁有者角色（README：Upgrading an existing server）。</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). Its register is there but empty: no branch is set up on it yet. Move a PC&apos;s register into it (Settings &gt; Move this PC&apos;s register to this server...), or set the branch up on it from the first PC that joins.</source>
        <translation>已連線分行伺服器 {where}（PostgreSQL {version}）。伺服器上的登記簿已建好但還是空的：尚未設定任何分行。請把某台電腦的登記簿遷入（設定 &gt; 將這台電腦的登記簿遷移到此伺服器...），或由第一台加入的電腦在其上設定分行。</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is already there: this PC will share it.</source>
        <translation>已連上分行伺服器 {where}（PostgreSQL {version}）。伺服器上已有登記簿：這台電腦將與其他電腦共用。</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>timeline entries</source>
        <translation>處理經過條目</translation>
    </message>
    <message>
        <source>audit events</source>
        <translation>稽核紀錄條目</translation>
    </message>
    <message>
        <source>opinion book entries</source>
        <translation>意見簿條目</translation>
    </message>
    <message>
        <source>box openings</source>
        <translation>開箱紀錄</translation>
    </message>
    <message>
        <source>sign-offs</source>
        <translation>閱簽</translation>
    </message>
    <message>
        <source>checklist runs</source>
        <translation>安撫指引紀錄</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>staff keys</source>
        <translation>員工金鑰</translation>
    </message>
    <message>
        <source>The server register is not empty ({held}), so nothing was moved: a move never mixes two registers. Move into a new, empty database on the server.</source>
        <translation>伺服器上的登記簿不是空的（{held}），因此沒有遷移任何內容：遷移絕不會混合兩本登記簿。請遷移到伺服器上一個新的空資料庫。</translation>
    </message>
    <message>
        <source>Only a register on a PC can be moved to the server.</source>
        <translation>只有電腦上的登記簿才能遷移到伺服器。</translation>
    </message>
    <message>
        <source>{url} is not a branch server address (postgresql://...).</source>
        <translation>{url} 不是分行伺服器位址（應為 postgresql://...）。</translation>
    </message>
    <message>
        <source>Only a manager may move the register to the server.</source>
        <translation>只有主管才能將登記簿遷移到伺服器。</translation>
    </message>
    <message>
        <source>Checking this PC&apos;s register...</source>
        <translation>正在檢查這台電腦的登記簿……</translation>
    </message>
    <message>
        <source>Copying to the branch server...</source>
        <translation>正在複製到分行伺服器……</translation>
    </message>
    <message>
        <source>Checking the server&apos;s register...</source>
        <translation>正在檢查伺服器上的登記簿……</translation>
    </message>
    <message>
        <source>Demo data goes into an empty register only: this one already holds staff or records. Use another data folder (COMPLAINTBOOK_HOME) or --db to try the demo.</source>
        <translation>示範資料只能載入空的登記簿：此登記簿已有員工或紀錄。要試用示範，請使用其他資料資料夾（COMPLAINTBOOK_HOME）或 --db。</translation>
    </message>
    <message>
        <source>Only a manager may export full names, phone and ID numbers; a clerk&apos;s export is masked.</source>
        <translation>只有主管可以匯出完整的姓名、電話和證件號碼；櫃員匯出的資料會部分遮蔽。</translation>
    </message>
    <message>
        <source>No password or PIN was given: type it when asked, or give it on standard input.</source>
        <translation>沒有輸入密碼或 PIN：請在提示時輸入，或透過標準輸入提供。</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>兩次輸入的密碼不一致，請重新輸入。</translation>
    </message>
    <message>
        <source>Only a manager may print and sign the register.</source>
        <translation>只有主管可以列印並簽署登記簿。</translation>
    </message>
    <message>
        <source>Your signing key could not be opened, so nothing can be recorded in your name: ask a manager to reset your password.</source>
        <translation>無法開啟您的簽章金鑰，因此無法以您的名義記錄任何操作：請主管為您重設密碼。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is void, so no letter is sent about it.</source>
        <translation>投訴 {register_no} 已作廢，不再就此發函。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is no longer open, so a holding letter makes no sense: print the final response instead.</source>
        <translation>投訴 {register_no} 已不在處理中，無需寄送進度通知函：請改為列印最終答覆函。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is not resolved yet, so there is no final response to send: print a holding letter instead.</source>
        <translation>投訴 {register_no} 尚未解決，還沒有最終答覆可寄：請改為列印進度通知函。</translation>
    </message>
    <message>
        <source>Letters must tell the customer where to turn if they are unhappy, and no ombudsman or regulator is known for country {country}: a manager enters it in Settings first.</source>
        <translation>函件必須告知客戶不滿意時可向誰求助，但尚不知道 {country} 的申訴機構或主管機關：請主管先於「設定」中填寫。</translation>
    </message>
    <message>
        <source>A name may have at most {limit} characters.</source>
        <translation>名稱最多 {limit} 個字元。</translation>
    </message>
    <message>
        <source>Name the ombudsman or regulator the customer may turn to, in at least one language.</source>
        <translation>請至少以一種語言填寫客戶可求助的申訴機構或主管機關名稱。</translation>
    </message>
    <message>
        <source>Write the website as an address without spaces, such as www.example.org.</source>
        <translation>網站請填寫不含空格的網址，例如 www.example.org。</translation>
    </message>
    <message>
        <source>Give a phone number or a website, so the customer can reach them.</source>
        <translation>請填寫電話或網站，以便客戶聯繫。</translation>
    </message>
    <message>
        <source>Only a manager may change where the letters send an unhappy customer.</source>
        <translation>只有主管可以修改函件告知客戶的求助機構。</translation>
    </message>
    <message>
        <source>There is no letter called {value}.</source>
        <translation>沒有名為 {value} 的函件。</translation>
    </message>
    <message>
        <source>There is no letter language {value}.</source>
        <translation>不支援函件語言 {value}。</translation>
    </message>
    <message>
        <source>Say why the final response is not ready yet: the holding letter tells the customer.</source>
        <translation>請說明尚未給予最終答覆的原因：進度通知函會告知客戶。</translation>
    </message>
    <message>
        <source>The date the final response is expected cannot be in the past.</source>
        <translation>預計最終答覆日期不能早於今天。</translation>
    </message>
    <message>
        <source>Say what was decided and done: the final response gives the customer the reasons.</source>
        <translation>請寫明處理結論與處理情形：最終答覆函須向客戶說明理由。</translation>
    </message>
    <message>
        <source>{value} is not a half-year like 2026-H1 or 2026-H2.</source>
        <translation>{value} 不是有效的半年度，應如 2026-H1 或 2026-H2。</translation>
    </message>
    <message>
        <source>This branch&apos;s categories carry no statistical codes. The bank categories (Settings) are coded by JR/T 0169-2018.</source>
        <translation>本分行的投訴類別沒有統計代碼。銀行類別（見「設定」）依 JR/T 0169-2018 編碼。</translation>
    </message>
    <message>
        <source>Only a manager may make the complaints returns for head office.</source>
        <translation>只有主管可以製作報送總行的投訴報表。</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full. Nothing was left behind. Free some space on that disk, or choose another place, and try again.</source>
        <translation>無法寫入 {file}：磁碟已滿。沒有留下寫到一半的檔案。請在該磁碟上釋放一些空間，或改選其他位置，然後再試一次。</translation>
    </message>
    <message>
        <source>{file} could not be written: this PC may not write there (the folder or disk is read-only, or the file is open in another program such as Excel). Close it or choose another place, and try again.</source>
        <translation>無法寫入 {file}：這台電腦無權寫入該位置（資料夾或磁碟為唯讀，或該檔案正在其他程式中開啟，例如 Excel）。請關閉該檔案或改選其他位置，然後再試一次。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first, or choose another place.</source>
        <translation>資料夾 {folder} 不存在：請先建立它，或改選其他位置。</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>無法寫入 {file}：{reason}</translation>
    </message>
    <message>
        <source>The register cannot be kept on a network drive ({where}): the file is not safe there and saved complaints can be lost. Keep it on this PC&apos;s own disk. For several counter PCs to share one register, set up a branch server instead (README: Several counter PCs: the branch server).</source>
        <translation>登記簿不能放在網路磁碟機上（{where}）：檔案在那裡不安全，已儲存的投訴可能會遺失。請放在這台電腦自己的磁碟上。如需多台櫃檯電腦共用一本登記簿，請改為設定分行伺服器（README：Several counter PCs: the branch server）。</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file in it.</source>
        <translation>{path} 是一個資料夾；請提供其中某個檔案的名稱。</translation>
    </message>
    <message>
        <source>The file name {name} has characters Windows does not allow ({characters}); choose another name.</source>
        <translation>檔名 {name} 含有 Windows 不允許的字元（{characters}）；請換一個名稱。</translation>
    </message>
    <message>
        <source>{name} is a name Windows keeps for a device, so no file can have it; choose another name.</source>
        <translation>{name} 是 Windows 保留給裝置的名稱，任何檔案都不能使用；請換一個名稱。</translation>
    </message>
    <message>
        <source>The file name {name} ends with a dot or a space, which Windows does not allow; choose another name.</source>
        <translation>檔名 {name} 以句點或空格結尾，Windows 不允許這樣；請換一個名稱。</translation>
    </message>
    <message>
        <source>The draft could not be written in {where} on this PC: {reason}</source>
        <translation>無法將草稿寫入這台電腦的 {where}：{reason}</translation>
    </message>
    <message>
        <source>Choose the branch&apos;s country from the list ({codes}); {value} is not one.</source>
        <translation>請從清單中選擇分行所在國家/地區（{codes}）；{value} 不在其中。</translation>
    </message>
    <message>
        <source>An emergency number is written in digits, e.g. 110.</source>
        <translation>緊急電話請填寫數字，例如 110。</translation>
    </message>
    <message>
        <source>A void entry gets no slip: it is not a complaint.</source>
        <translation>已作廢的登記沒有回執：它不是投訴。</translation>
    </message>
    <message>
        <source>Only a manager may open a root-cause task.</source>
        <translation>只有主管可以開立根本原因調查任務。</translation>
    </message>
    <message>
        <source>A root-cause task is already open for this complaint.</source>
        <translation>本投訴已有進行中的根本原因調查任務。</translation>
    </message>
    <message>
        <source>Type the date as {format}, e.g. {example}.</source>
        <translation>請依 {format} 的格式輸入日期，例如 {example}。</translation>
    </message>
    <message>
        <source>The register does not match its own audit trail ({count} problem(s), the first: {first}). It cannot be printed and sealed until this is cleared up: run the command check, and ask the branch head to compare it with the last signed register and the backups.</source>
        <translation>登記簿與其自身的稽核紀錄不一致（共 {count} 個問題，第一個：{first}）。在查清之前不能列印和封簽：請執行 check 指令，並請分行經理與最近一次簽章的登記簿和備份核對。</translation>
    </message>
    <message>
        <source>The branch server has no register yet, and this PC&apos;s user {user} may not create one (on purpose: it may not change the register&apos;s tables). Whoever holds the password of the server&apos;s owner role {owner} creates it, on any PC with Complaint Book: {command}</source>
        <translation>分行伺服器上還沒有登記簿，這台電腦的使用者 {user} 無權建立（這是刻意的：該使用者不得變更登記簿的資料表）。請由持有伺服器擁有者角色 {owner} 密碼的人在任何裝有投訴簿的電腦上執行下列指令建立：{command}</translation>
    </message>
    <message>
        <source>The register on the branch server was made by an earlier version of Complaint Book (schema {found}; this version needs {known}) and must be upgraded first. This PC&apos;s user {user} may not do that (on purpose: it may not change the register&apos;s tables), so nothing was changed. Whoever holds the password of the server&apos;s owner role {owner} upgrades it, on any PC with this version: {command}</source>
        <translation>分行伺服器上的登記簿由較早版本的投訴簿建立（資料結構版本 {found}；本版本需要 {known}），須先升級。這台電腦的使用者 {user} 無權升級（這是刻意的：該使用者不得變更登記簿的資料表），因此沒有做任何變更。請由持有伺服器擁有者角色 {owner} 密碼的人在任何裝有本版本的電腦上執行下列指令升級：{command}</translation>
    </message>
    <message>
        <source>Moving a register into the branch server replaces what the server register&apos;s creation wrote, with the audit trail&apos;s guards lifted for that moment: only the server&apos;s owner role {owner} may do that, not this PC&apos;s user {user}. Nothing was moved. On the server PC, whoever holds the owner&apos;s password sets PGPASSWORD to it and runs, signing in as a manager: {command} move-to-server postgresql://{owner}@localhost/{dbname} --user NAME</source>
        <translation>把登記簿移到分行伺服器，會取代伺服器登記簿建立時寫入的內容，並在這段期間暫時解除稽核軌跡的保護：只有伺服器的擁有者角色 {owner} 可以這樣做，這台電腦的使用者 {user} 不行。沒有移動任何內容。請由持有擁有者密碼的人在伺服器電腦上把 PGPASSWORD 設為該密碼，然後以主管身分登入執行：{command} move-to-server postgresql://{owner}@localhost/{dbname} --user NAME</translation>
    </message>
    <message>
        <source>The register on {where} is created (schema {schema}) and belongs to {owner}. The counter PCs&apos; user {app} may read it and add to it, but not change or remove its audit trail, nor change its tables.</source>
        <translation>已在 {where} 上建立登記簿（資料結構版本 {schema}），擁有者為 {owner}。櫃檯電腦的使用者 {app} 可以讀取和新增紀錄，但不能變更或刪除稽核軌跡，也不能變更資料表。</translation>
    </message>
    <message>
        <source>The register on {where} now belongs to {owner} (schema {schema}; it was {found}). The counter PCs&apos; user {app} no longer owns it: it may read it and add to it, but not change or remove its audit trail, nor change its tables.</source>
        <translation>{where} 上的登記簿現歸 {owner} 所有（資料結構版本 {schema}；原為 {found}）。櫃檯電腦的使用者 {app} 不再擁有它：可以讀取和新增紀錄，但不能變更或刪除稽核軌跡，也不能變更資料表。</translation>
    </message>
    <message>
        <source>The register on {where} is up to date (schema {schema}; it was {found}) and belongs to {owner}. The counter PCs&apos; user {app} may read it and add to it, but not change or remove its audit trail, nor change its tables.</source>
        <translation>{where} 上的登記簿已是最新（資料結構版本 {schema}；原為 {found}），擁有者為 {owner}。櫃檯電腦的使用者 {app} 可以讀取和新增紀錄，但不能變更或刪除稽核軌跡，也不能變更資料表。</translation>
    </message>
    <message>
        <source>This PC keeps its register in a file, not on a branch server. Give the server&apos;s address as the counter PCs use it: --db postgresql://USER@HOST/DATABASE</source>
        <translation>這台電腦的登記簿存放在檔案中，不在分行伺服器上。請依櫃檯電腦使用的方式提供伺服器位址：--db postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>The address {url} names no user: give the address the counter PCs use, with their user name (postgresql://USER@HOST/DATABASE).</source>
        <translation>位址 {url} 中沒有使用者名稱：請提供櫃檯電腦使用的位址，包括它們的使用者名稱（postgresql://USER@HOST/DATABASE）。</translation>
    </message>
    <message>
        <source>The owner role must be another role than the counter PCs&apos; user {app}: the whole point is that the counter PCs do not own the register.</source>
        <translation>擁有者角色必須是櫃檯電腦使用者 {app} 以外的另一個角色：重點就在於櫃檯電腦不擁有登記簿。</translation>
    </message>
    <message>
        <source>The owner role {owner} may not create or change the register&apos;s tables in database {dbname}. As the PostgreSQL administrator (psql as &quot;postgres&quot;), type:
    ALTER DATABASE &quot;{dbname}&quot; OWNER TO &quot;{owner}&quot;;
then run this command again. Nothing was changed.</source>
        <translation>擁有者角色 {owner} 無權在資料庫 {dbname} 中建立或變更登記簿的資料表。請以 PostgreSQL 管理員身分（用 &quot;postgres&quot; 登入 psql）輸入：
    ALTER DATABASE &quot;{dbname}&quot; OWNER TO &quot;{owner}&quot;;
然後再次執行本指令。沒有做任何變更。</translation>
    </message>
    <message>
        <source>The register on {where} is set up, but the counter PCs&apos; user {app} may still change more than it should:
{problems}</source>
        <translation>{where} 上的登記簿已設定好，但櫃檯電腦的使用者 {app} 仍能變更超出其權限的內容：
{problems}</translation>
    </message>
    <message>
        <source>The branch server has no user {app}: give the address the counter PCs use, with their user name.</source>
        <translation>分行伺服器上沒有使用者 {app}：請提供櫃檯電腦使用的位址，包括它們的使用者名稱。</translation>
    </message>
    <message>
        <source>The register on this server belongs to the counter PCs&apos; user {app}, and the owner role {owner} may not take it over yet. As the PostgreSQL administrator (psql as &quot;postgres&quot;), type:
    GRANT &quot;{app}&quot; TO &quot;{owner}&quot;;
then run this command again. Nothing was changed.</source>
        <translation>這台伺服器上的登記簿屬於櫃檯電腦的使用者 {app}，擁有者角色 {owner} 目前還無權接管。請以 PostgreSQL 管理員身分（用 &quot;postgres&quot; 登入 psql）輸入：
    GRANT &quot;{app}&quot; TO &quot;{owner}&quot;;
然後再次執行本指令。沒有做任何變更。</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Standard replies</source>
        <comment>booklet_title</comment>
        <translation>標準答覆手冊</translation>
    </message>
    <message>
        <source>Agreed answers to the objections we meet most often, grouped by complaint category, the most frequent categories first. Use them as a starting point and speak in your own words.</source>
        <comment>booklet_intro</comment>
        <translation>彙整我們最常遇到的疑問與不滿的統一答覆，依投訴類別分組，最常見的類別排在前面。請以此為基礎，用自己的話向客戶說明。</translation>
    </message>
    <message>
        <source>No standard replies have been written yet.</source>
        <comment>booklet_empty</comment>
        <translation>尚未撰寫任何標準答覆。</translation>
    </message>
    <message>
        <source>{n} complaint(s) so far</source>
        <comment>complaints_count</comment>
        <translation>累計 {n} 件投訴</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <comment>printed_on</comment>
        <translation>列印日期 {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <comment>page_x_of_y</comment>
        <translation>第 {page} 頁，共 {pages} 頁</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <comment>register_title</comment>
        <translation>客戶投訴登記簿</translation>
    </message>
    <message>
        <source>Month: {month}</source>
        <comment>month_label</comment>
        <translation>月份：{month}</translation>
    </message>
    <message>
        <source>Generated {at} by {who}</source>
        <comment>generated</comment>
        <translation>{who} 於 {at} 產生</translation>
    </message>
    <message>
        <source>Integrity: {count} records, SHA-256 {digest} · audit trail {events} entries, newest {head}</source>
        <comment>integrity</comment>
        <translation>完整性校驗：{count} 筆紀錄，SHA-256 {digest} · 稽核紀錄 {events} 筆，最新一筆 {head}</translation>
    </message>
    <message>
        <source>Register no.</source>
        <comment>col_no</comment>
        <translation>登記編號</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>col_received</comment>
        <translation>投訴時間</translation>
    </message>
    <message>
        <source>Customer · staff concerned · scope</source>
        <comment>col_customer</comment>
        <translation>客戶 · 被投訴員工 · 範圍</translation>
    </message>
    <message>
        <source>Category · cause</source>
        <comment>col_category</comment>
        <translation>類別 · 原因</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>col_summary</comment>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Handler</source>
        <comment>col_handler</comment>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>col_due</comment>
        <translation>到期日</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>yes</comment>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <comment>no</comment>
        <translation>否</translation>
    </message>
    <message>
        <source>VOID ({who}, {date}): {reason}</source>
        <comment>void_row</comment>
        <translation>作廢（{who}，{date}）：{reason}</translation>
    </message>
    <message>
        <source>No complaints were received in {month}.</source>
        <comment>empty_month</comment>
        <translation>{month} 未收到投訴。</translation>
    </message>
    <message>
        <source>Statistics for {month}</source>
        <comment>stats_title</comment>
        <translation>{month} 統計</translation>
    </message>
    <message>
        <source>Received {received} · resolved {resolved} · closed {closed} · still open {open} (carried into next month) · void {void}</source>
        <comment>totals</comment>
        <translation>收到 {received} 件 · 已解決 {resolved} 件 · 已結案 {closed} 件 · 未結 {open} 件（結轉下月）· 作廢 {void} 件</translation>
    </message>
    <message>
        <source>By category</source>
        <comment>by_category</comment>
        <translation>依類別</translation>
    </message>
    <message>
        <source>By channel</source>
        <comment>by_channel</comment>
        <translation>依管道</translation>
    </message>
    <message>
        <source>By scope</source>
        <comment>by_scope</comment>
        <translation>依範圍</translation>
    </message>
    <message>
        <source>By severity</source>
        <comment>by_severity</comment>
        <translation>依嚴重程度</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>count</comment>
        <translation>件數</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>share</comment>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <comment>cumulative</comment>
        <translation>累計</translation>
    </message>
    <message>
        <source>Handling</source>
        <comment>performance</comment>
        <translation>處理情形</translation>
    </message>
    <message>
        <source>Resolved by the reply due date: {rate} ({on_time} of {counted}); late {late}, of which still open {late_open}</source>
        <comment>on_time_rate</comment>
        <translation>於答覆期限前解決：{rate}（{counted} 件中 {on_time} 件）；逾期 {late} 件，其中仍未結 {late_open} 件</translation>
    </message>
    <message>
        <source>Days to resolve: median {median}, 90th percentile {p90}</source>
        <comment>days_to_resolve</comment>
        <translation>解決所需天數：中位數 {median}，90 百分位 {p90}</translation>
    </message>
    <message>
        <source>Upheld in full or in part: {rate} ({upheld} of {resolved} resolved)</source>
        <comment>upheld_rate</comment>
        <translation>投訴成立或部分成立：{rate}（已解決 {resolved} 件中 {upheld} 件）</translation>
    </message>
    <message>
        <source>Compensation paid: {amount} ({count} complaints)</source>
        <comment>compensation</comment>
        <translation>補償合計：{amount}（{count} 件）</translation>
    </message>
    <message>
        <source>none</source>
        <comment>none</comment>
        <translation>無</translation>
    </message>
    <message>
        <source>Repeat complainants (two or more complaints in 12 months)</source>
        <comment>repeat</comment>
        <translation>重複投訴客戶（12 個月內 2 次以上）</translation>
    </message>
    <message>
        <source>{n} complaints</source>
        <comment>complaints_n</comment>
        <translation>{n} 件</translation>
    </message>
    <message>
        <source>Complaints received, last 12 months</source>
        <comment>trend</comment>
        <translation>近 12 個月收到的投訴</translation>
    </message>
    <message>
        <source>Categories, commonest first (bars) and cumulative share (line)</source>
        <comment>pareto</comment>
        <translation>各類別件數（條）與累計占比（線）</translation>
    </message>
    <message>
        <source>At the counter and in the opinion book</source>
        <comment>counter</comment>
        <translation>櫃檯與意見簿</translation>
    </message>
    <message>
        <source>Guided de-escalation runs: {runs}; changed person {person}, place {place}, time {time}; safety exits {safety}</source>
        <comment>counter_runs</comment>
        <translation>安撫指引紀錄：{runs} 次；換人 {person} 次，換地點 {place} 次，換時間 {time} 次；緊急求助 {safety} 次</translation>
    </message>
    <message>
        <source>Opinion book and suggestion box: {total} entries (praise {praise}, suggestions {suggestion}, questions {question}, complaints {complaint}); {promoted} entered in this register; replies {rate}; days read {read} of {days}; box openings {openings}</source>
        <comment>book_numbers</comment>
        <translation>意見簿與意見箱：共 {total} 則（表揚 {praise}、建議 {suggestion}、詢問 {question}、投訴 {complaint}）；轉入本登記簿 {promoted} 則；答覆率 {rate}；閱簽 {read}/{days} 天；開箱 {openings} 次</translation>
    </message>
    <message>
        <source>Not yet resolved, from earlier months</source>
        <comment>open_earlier</comment>
        <translation>以前月份尚未處理完畢的投訴</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <comment>age_days</comment>
        <translation>已歷天數</translation>
    </message>
    <message>
        <source>None: every earlier complaint was resolved by the end of the month.</source>
        <comment>no_open_earlier</comment>
        <translation>無：以前月份的投訴均已於月底前解決。</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <comment>signoff</comment>
        <translation>審核簽章</translation>
    </message>
    <message>
        <source>Prepared by: {name}</source>
        <comment>prepared_by</comment>
        <translation>製表人：{name}</translation>
    </message>
    <message>
        <source>Reviewed by the branch head: {name}</source>
        <comment>reviewed_by</comment>
        <translation>分行經理審核：{name}</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>date_line</comment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>signature_line</comment>
        <translation>簽章</translation>
    </message>
    <message>
        <source>Acknowledgement of your complaint</source>
        <comment>letter_title_ack</comment>
        <translation>投訴受理回覆函</translation>
    </message>
    <message>
        <source>Your complaint: our final response is still to come</source>
        <comment>letter_title_holding</comment>
        <translation>投訴處理進度通知函</translation>
    </message>
    <message>
        <source>Final response to your complaint</source>
        <comment>letter_title_final</comment>
        <translation>投訴處理最終答覆函</translation>
    </message>
    <message>
        <source>Your complaint is resolved</source>
        <comment>letter_title_summary</comment>
        <translation>投訴已解決確認函</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <comment>letter_dear</comment>
        <translation>親愛的{name}您好：</translation>
    </message>
    <message>
        <source>Dear customer,</source>
        <comment>letter_dear_customer</comment>
        <translation>親愛的客戶您好：</translation>
    </message>
    <message>
        <source>Date of this letter</source>
        <comment>letter_fact_date</comment>
        <translation>發函日期</translation>
    </message>
    <message>
        <source>Register no.</source>
        <comment>letter_fact_register_no</comment>
        <translation>登記編號</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>letter_fact_received</comment>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>About</source>
        <comment>letter_fact_about</comment>
        <translation>投訴類別</translation>
    </message>
    <message>
        <source>Reply due</source>
        <comment>letter_fact_reply_by</comment>
        <translation>答覆期限</translation>
    </message>
    <message>
        <source>Final response expected by</source>
        <comment>letter_fact_expected</comment>
        <translation>預計最終答覆日期</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>letter_fact_resolved</comment>
        <translation>解決日期</translation>
    </message>
    <message>
        <source>Thank you for letting us know about your complaint concerning {category}, which we received on {received}. We have entered it in our complaint register under number {register_no}; please quote this number whenever you get in touch with us about it.</source>
        <comment>letter_ack_thanks</comment>
        <translation>感謝您向我們反映關於「{category}」的投訴。我們已於{received}收到並受理，已記入客戶投訴登記簿，登記編號為 {register_no}。日後就此事與我們聯繫時，請提供此編號。</translation>
    </message>
    <message>
        <source>As we told you, we aim to come back to you by {promised}.</source>
        <comment>letter_ack_promised</comment>
        <translation>如先前向您承諾，我們將盡力於{promised}前回覆您。</translation>
    </message>
    <message>
        <source>We are looking into what happened and will send you our final response by {due} at the latest. If we need longer, we will write to you before then to explain why.</source>
        <comment>letter_ack_due</comment>
        <translation>我們正在調查處理，最遲將於{due}前給您最終答覆。如需更多時間，我們會在此之前以書面告知您原因。</translation>
    </message>
    <message>
        <source>If you are unhappy with our final response, or have not had it by {due}, you may take your complaint to {name}, free of charge.</source>
        <comment>letter_referral_ack</comment>
        <translation>如您對我們的最終答覆不滿意，或於{due}前尚未收到答覆，您可以向{name}反映，無須支付任何費用。</translation>
    </message>
    <message>
        <source>We are writing about the complaint you made on {received} (register no. {register_no}). We are sorry that we cannot give you our final response yet.</source>
        <comment>letter_holding_intro</comment>
        <translation>您於{received}提出的投訴（登記編號 {register_no}）仍在處理中。很抱歉，我們目前尚無法給您最終答覆。</translation>
    </message>
    <message>
        <source>This is why:</source>
        <comment>letter_holding_reason</comment>
        <translation>原因如下：</translation>
    </message>
    <message>
        <source>We expect to send you our final response by {expected}.</source>
        <comment>letter_holding_expected</comment>
        <translation>我們預計於{expected}前給您最終答覆。</translation>
    </message>
    <message>
        <source>You do not have to wait for it: if you wish, you may take your complaint to {name} now, free of charge.</source>
        <comment>letter_referral_holding</comment>
        <translation>您不必等候我們的最終答覆：如您願意，現在即可向{name}反映，無須支付任何費用。</translation>
    </message>
    <message>
        <source>We have finished looking into the complaint you made on {received} (register no. {register_no}). This letter is our final response.</source>
        <comment>letter_final_intro</comment>
        <translation>我們已完成您於{received}提出之投訴（登記編號 {register_no}）的調查處理。本函為我們的最終答覆。</translation>
    </message>
    <message>
        <source>We agree that your complaint is justified, and we are sorry.</source>
        <comment>letter_decision_upheld</comment>
        <translation>經調查，您的投訴成立，我們對此深感抱歉。</translation>
    </message>
    <message>
        <source>We agree that part of your complaint is justified, and we are sorry for that part.</source>
        <comment>letter_decision_partly_upheld</comment>
        <translation>經調查，您的投訴部分成立，我們對成立的部分深感抱歉。</translation>
    </message>
    <message>
        <source>Having looked at everything, we do not find your complaint justified. Our reasons follow.</source>
        <comment>letter_decision_not_upheld</comment>
        <translation>經調查，您的投訴不成立，理由如下。</translation>
    </message>
    <message>
        <source>What we found and what we have done:</source>
        <comment>letter_final_what</comment>
        <translation>調查結果及處理情形：</translation>
    </message>
    <message>
        <source>Thank you for talking with us about the complaint you made on {received} (register no. {register_no}). As agreed with you on {resolved}, we now consider it resolved.</source>
        <comment>letter_summary_intro</comment>
        <translation>感謝您就{received}提出的投訴（登記編號 {register_no}）與我們溝通。經與您於{resolved}確認，此投訴已解決。</translation>
    </message>
    <message>
        <source>We offer you {amount} in compensation.</source>
        <comment>letter_compensation</comment>
        <translation>我們向您提供補償 {amount}。</translation>
    </message>
    <message>
        <source>Although we do not find the complaint justified, we offer you {amount} as a gesture of goodwill.</source>
        <comment>letter_compensation_goodwill</comment>
        <translation>雖然投訴不成立，我們仍願向您提供補償 {amount}，以表誠意。</translation>
    </message>
    <message>
        <source>If you are not satisfied with this response, you may refer your complaint to {name}. It costs you nothing.</source>
        <comment>letter_referral_final</comment>
        <translation>如您對本答覆不滿意，可以向{name}反映，無須支付任何費用。</translation>
    </message>
    <message>
        <source>You need to do so within {months} months of the date of this letter.</source>
        <comment>letter_referral_months</comment>
        <translation>請於本函日期起 {months} 個月內提出。</translation>
    </message>
    <message>
        <source>If you refer it later than the time limits allow, we do not consent to {name} considering it, so it could do so only in exceptional circumstances.</source>
        <comment>letter_limits_kept</comment>
        <translation>如您超過規定時限才提出，我們不同意{name}受理，屆時該機構僅能在特殊情況下受理。</translation>
    </message>
    <message>
        <source>We agree that {name} may consider your complaint even if you refer it after the usual time limits.</source>
        <comment>letter_limits_waived</comment>
        <translation>即使您超過通常時限才提出，我們也同意{name}受理您的投訴。</translation>
    </message>
    <message>
        <source>If you later become unhappy with how it was settled, you may still refer your complaint to {name}, free of charge.</source>
        <comment>letter_referral_summary</comment>
        <translation>如您日後對處理結果不滿意，仍可向{name}反映，無須支付任何費用。</translation>
    </message>
    <message>
        <source>Telephone: {phone}</source>
        <comment>letter_referral_phone</comment>
        <translation>電話：{phone}</translation>
    </message>
    <message>
        <source>Website: {website}</source>
        <comment>letter_referral_website</comment>
        <translation>網站：{website}</translation>
    </message>
    <message>
        <source>If you have any questions, please contact {contact}, who is handling your complaint, and quote register no. {register_no}.</source>
        <comment>letter_contact</comment>
        <translation>如有任何疑問，請聯繫本投訴的承辦人{contact}，並提供登記編號 {register_no}。</translation>
    </message>
    <message>
        <source>If you have any questions, please contact us and quote register no. {register_no}.</source>
        <comment>letter_contact_desk</comment>
        <translation>如有任何疑問，請與我們聯繫，並提供登記編號 {register_no}。</translation>
    </message>
    <message>
        <source>Enclosed: a leaflet from {name} explaining what it does.</source>
        <comment>letter_enclosure_leaflet</comment>
        <translation>附件：{name}的消費者說明資料</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <comment>letter_closing</comment>
        <translation>敬祝
安康</translation>
    </message>
    <message>
        <source>{branch} · register no. {register_no}</source>
        <comment>letter_footer</comment>
        <translation>{branch} · 登記編號 {register_no}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <comment>letter_page_x_of_y</comment>
        <translation>第 {page} 頁，共 {pages} 頁</translation>
    </message>
    <message>
        <source>Register no. · received · channel · status</source>
        <comment>col_case</comment>
        <translation>登記編號 · 投訴時間 · 管道 · 狀態</translation>
    </message>
    <message>
        <source>Complaint · what the customer wants</source>
        <comment>col_complaint</comment>
        <translation>投訴內容 · 客戶訴求</translation>
    </message>
    <message>
        <source>Handler · reply due · extension</source>
        <comment>col_handling</comment>
        <translation>承辦人 · 答覆期限 · 延長期限</translation>
    </message>
    <message>
        <source>Resolved · closed · on time</source>
        <comment>col_done</comment>
        <translation>已解決 · 結案 · 是否準時</translation>
    </message>
    <message>
        <source>Resolution · remedy · compensation</source>
        <comment>col_resolution</comment>
        <translation>認定結果 · 處理措施 · 補償</translation>
    </message>
    <message>
        <source>Root cause</source>
        <comment>col_root_cause</comment>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <comment>col_action</comment>
        <translation>改善措施</translation>
    </message>
    <message>
        <source>Follow-up call, or why it was waived</source>
        <comment>col_followup</comment>
        <translation>回訪（電訪），或免除的理由</translation>
    </message>
    <message>
        <source>Staff: {initials}</source>
        <comment>line_staff</comment>
        <translation>被投訴員工：{initials}</translation>
    </message>
    <message>
        <source>Service: {text}</source>
        <comment>line_service</comment>
        <translation>涉及業務：{text}</translation>
    </message>
    <message>
        <source>Cause: {cause}</source>
        <comment>line_cause</comment>
        <translation>原因：{cause}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <comment>cause_missing</comment>
        <translation>未填寫</translation>
    </message>
    <message>
        <source>Wants: {text}</source>
        <comment>line_wants</comment>
        <translation>客戶訴求：{text}</translation>
    </message>
    <message>
        <source>Handler: {name}</source>
        <comment>line_handler</comment>
        <translation>承辦人：{name}</translation>
    </message>
    <message>
        <source>Reply due {date}</source>
        <comment>line_due</comment>
        <translation>答覆期限 {date}</translation>
    </message>
    <message>
        <source>Extended to {date}, approved by {who} on {on}</source>
        <comment>line_extension</comment>
        <translation>延長期限至 {date}，{who} 於 {on} 核准</translation>
    </message>
    <message>
        <source>Resolved {date}</source>
        <comment>line_resolved</comment>
        <translation>已解決 {date}</translation>
    </message>
    <message>
        <source>Closed {date}</source>
        <comment>line_closed</comment>
        <translation>結案 {date}</translation>
    </message>
    <message>
        <source>Days taken: {days}</source>
        <comment>line_days</comment>
        <translation>歷時 {days} 天</translation>
    </message>
    <message>
        <source>on time</source>
        <comment>on_time</comment>
        <translation>準時</translation>
    </message>
    <message>
        <source>late</source>
        <comment>late</comment>
        <translation>逾期</translation>
    </message>
    <message>
        <source>still open, past the reply due date</source>
        <comment>open_late</comment>
        <translation>未結，已逾答覆期限</translation>
    </message>
    <message>
        <source>still open</source>
        <comment>open_not_due</comment>
        <translation>未結</translation>
    </message>
    <message>
        <source>Compensation {amount}</source>
        <comment>line_compensation</comment>
        <translation>補償 {amount}</translation>
    </message>
    <message>
        <source>the customer accepted</source>
        <comment>accepted_yes</comment>
        <translation>客戶接受</translation>
    </message>
    <message>
        <source>the customer did not accept</source>
        <comment>accepted_no</comment>
        <translation>客戶不接受</translation>
    </message>
    <message>
        <source>Follow-up call {date}: satisfaction {score}/5</source>
        <comment>line_followup</comment>
        <translation>回訪 {date}：滿意度 {score}/5</translation>
    </message>
    <message>
        <source>Follow-up call due {date}</source>
        <comment>line_followup_due</comment>
        <translation>回訪期限 {date}</translation>
    </message>
    <message>
        <source>Follow-up call waived by {who}: {reason}</source>
        <comment>line_waived</comment>
        <translation>{who} 免除回訪：{reason}</translation>
    </message>
    <message>
        <source>(continued)</source>
        <comment>continued</comment>
        <translation>（續）</translation>
    </message>
    <message>
        <source>How these figures count: complaints received in the month, void entries left out, as they stood at {at}. On time means resolved by the reply due date (after any approved extension); every complaint resolved by then is counted, and every one whose due date had passed, an open one as late. {not_due} still open and not yet due are not counted yet.</source>
        <comment>rules</comment>
        <translation>統計口徑：本月收到的投訴，不含作廢，截至 {at} 的狀態。準時指於答覆期限（含已核准的延長期限）前解決；截至該時已解決的投訴全部計入，答覆期限已過的投訴也全部計入，其中未結者計為逾期。尚未到期的未結投訴 {not_due} 件暫不計入。</translation>
    </message>
    <message>
        <source>Figures of the deadline policy: {policy}</source>
        <comment>regime_title</comment>
        <translation>辦理時限規定的指標：{policy}</translation>
    </message>
    <message>
        <source>Resolved by the end of the 3rd business day after receipt: {share} ({count} of {total} resolved)</source>
        <comment>fca_3_days</comment>
        <translation>收到後第 3 個營業日結束前解決：{share}（已解決 {total} 件中 {count} 件）</translation>
    </message>
    <message>
        <source>Resolved after that, within 8 weeks: {share} ({count} of {total} resolved)</source>
        <comment>fca_8_weeks</comment>
        <translation>此後、8 週內解決：{share}（已解決 {total} 件中 {count} 件）</translation>
    </message>
    <message>
        <source>Resolved after 8 weeks: {share} ({count} of {total} resolved)</source>
        <comment>fca_after_8_weeks</comment>
        <translation>超過 8 週才解決：{share}（已解決 {total} 件中 {count} 件）</translation>
    </message>
    <message>
        <source>Still open more than 8 weeks after receipt: {count}</source>
        <comment>fca_open_8_weeks</comment>
        <translation>收到已超過 8 週仍未結：{count} 件</translation>
    </message>
    <message>
        <source>Upheld in full or in part: {share} ({count} of {total} resolved)</source>
        <comment>fca_upheld</comment>
        <translation>投訴成立或部分成立：{share}（已解決 {total} 件中 {count} 件）</translation>
    </message>
    <message>
        <source>Redress paid: {amount} in {count} complaints</source>
        <comment>fca_redress</comment>
        <translation>已支付補償：{amount}，共 {count} 件</translation>
    </message>
    <message>
        <source>Decided within 15 days: {share} ({count} of {total} resolved)</source>
        <comment>cn_15_days</comment>
        <translation>15 日內解決：{share}（已解決 {total} 件中 {count} 件）</translation>
    </message>
    <message>
        <source>Deadline extended with approval: {count} of {total} received</source>
        <comment>cn_extended</comment>
        <translation>經核准延長期限：收到 {total} 件中 {count} 件</translation>
    </message>
    <message>
        <source>Past 30 days (resolved later, or still open): {count} of {total} received</source>
        <comment>cn_past_30</comment>
        <translation>超過 30 日（此後才解決或仍未結）：收到 {total} 件中 {count} 件</translation>
    </message>
    <message>
        <source>Resolved within {days} working days: {share} ({count} of {total} whose time had run)</source>
        <comment>days_within</comment>
        <translation>{days} 個工作天內解決：{share}（期限已到的 {total} 件中 {count} 件）</translation>
    </message>
    <message>
        <source>Not resolved within {days} working days (resolved later, or still open): {count}</source>
        <comment>days_late</comment>
        <translation>未在 {days} 個工作天內解決（此後才解決或仍未結）：{count} 件</translation>
    </message>
    <message>
        <source>Causes</source>
        <comment>causes_title</comment>
        <translation>投訴原因分析</translation>
    </message>
    <message>
        <source>By cause</source>
        <comment>by_cause</comment>
        <translation>依原因</translation>
    </message>
    <message>
        <source>Category and cause together, commonest first</source>
        <comment>by_category_cause</comment>
        <translation>類別與原因組合（依件數排序）</translation>
    </message>
    <message>
        <source>Cause</source>
        <comment>cause_column</comment>
        <translation>原因</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>category_column</comment>
        <translation>類別</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>code_column</comment>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Standard&apos;s category</source>
        <comment>standard_column</comment>
        <translation>標準分類</translation>
    </message>
    <message>
        <source>Our categories</source>
        <comment>ours_column</comment>
        <translation>本分行類別</translation>
    </message>
    <message>
        <source>every category that names no channel</source>
        <comment>all_other_categories</comment>
        <translation>未指明管道的其餘類別</translation>
    </message>
    <message>
        <source>Counted by {standard}</source>
        <comment>std_title</comment>
        <translation>依 {standard} 統計</translation>
    </message>
    <message>
        <source>A. Channel of the business</source>
        <comment>std_channel</comment>
        <translation>A. 業務辦理管道</translation>
    </message>
    <message>
        <source>B. Business type</source>
        <comment>std_business</comment>
        <translation>B. 業務類別</translation>
    </message>
    <message>
        <source>C. Cause</source>
        <comment>std_cause</comment>
        <translation>C. 投訴原因</translation>
    </message>
    <message>
        <source>No cause recorded (not counted under C): {count}</source>
        <comment>std_no_cause</comment>
        <translation>未填寫原因（不計入 C）：{count} 件</translation>
    </message>
    <message>
        <source>The codes follow the structure of {standard}; check them against the standard&apos;s published text before reporting them.</source>
        <comment>std_note</comment>
        <translation>代碼依 {standard} 的架構編排；報送前請與標準正式文本核對。</translation>
    </message>
    <message>
        <source>Days past due</source>
        <comment>overdue_days</comment>
        <translation>逾期天數</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <comment>not_recorded</comment>
        <translation>（未填寫）</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>total</comment>
        <translation>合計</translation>
    </message>
    <message>
        <source>Category · cause · codes of {standard}</source>
        <comment>col_category_std</comment>
        <translation>類別 · 原因 · {standard} 代碼</translation>
    </message>
    <message>
        <source>Register no.</source>
        <comment>field_register_no</comment>
        <translation>登記編號</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>field_received_at</comment>
        <translation>投訴時間</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>field_channel</comment>
        <translation>管道</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>field_customer_name</comment>
        <translation>客戶姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>field_customer_phone</comment>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>ID or account no.</source>
        <comment>field_customer_id_no</comment>
        <translation>證件號碼或帳號</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>field_category</comment>
        <translation>類別</translation>
    </message>
    <message>
        <source>Scope</source>
        <comment>field_scope</comment>
        <translation>範圍</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>field_severity</comment>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>field_summary</comment>
        <translation>摘要</translation>
    </message>
    <message>
        <source>What happened</source>
        <comment>field_description</comment>
        <translation>投訴內容</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <comment>field_desired_outcome</comment>
        <translation>客戶訴求</translation>
    </message>
    <message>
        <source>Handler</source>
        <comment>field_handler</comment>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>field_status</comment>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>field_closed_at</comment>
        <translation>結案時間</translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>field_resolution</comment>
        <translation>認定結果</translation>
    </message>
    <message>
        <source>Vulnerable customer</source>
        <comment>field_vulnerable</comment>
        <translation>特殊群體客戶</translation>
    </message>
    <message>
        <source>Care note</source>
        <comment>field_vulnerable_note</comment>
        <translation>關懷說明</translation>
    </message>
    <message>
        <source>Cause</source>
        <comment>field_cause</comment>
        <translation>原因</translation>
    </message>
    <message>
        <source>Staff concerned</source>
        <comment>field_subject_staff</comment>
        <translation>被投訴員工</translation>
    </message>
    <message>
        <source>Service concerned</source>
        <comment>field_subject_text</comment>
        <translation>涉及業務</translation>
    </message>
    <message>
        <source>Promised by</source>
        <comment>field_promised_at</comment>
        <translation>承諾完成時間</translation>
    </message>
    <message>
        <source>First deadline</source>
        <comment>field_first_due</comment>
        <translation>首個期限</translation>
    </message>
    <message>
        <source>Reply due</source>
        <comment>field_due_date</comment>
        <translation>答覆期限</translation>
    </message>
    <message>
        <source>Extensions</source>
        <comment>field_extension_level</comment>
        <translation>延長期限次數</translation>
    </message>
    <message>
        <source>Remedy</source>
        <comment>field_remedy</comment>
        <translation>處理措施</translation>
    </message>
    <message>
        <source>Compensation</source>
        <comment>field_compensation</comment>
        <translation>補償金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <comment>field_currency</comment>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Customer accepted</source>
        <comment>field_customer_accepted</comment>
        <translation>客戶接受</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>field_resolved_at</comment>
        <translation>解決時間</translation>
    </message>
    <message>
        <source>Root cause</source>
        <comment>field_root_cause</comment>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <comment>field_corrective_action</comment>
        <translation>改善措施</translation>
    </message>
    <message>
        <source>Follow-up call due</source>
        <comment>field_followup_due</comment>
        <translation>回訪期限</translation>
    </message>
    <message>
        <source>Follow-up call made</source>
        <comment>field_followup_done_at</comment>
        <translation>回訪時間</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <comment>field_satisfaction</comment>
        <translation>滿意度（1-5）</translation>
    </message>
    <message>
        <source>Follow-up comment</source>
        <comment>field_followup_comment</comment>
        <translation>回訪紀錄</translation>
    </message>
    <message>
        <source>Follow-up waived</source>
        <comment>field_followup_waived</comment>
        <translation>免除回訪</translation>
    </message>
    <message>
        <source>Void: reason</source>
        <comment>field_void_reason</comment>
        <translation>作廢理由</translation>
    </message>
    <message>
        <source>{standard} channel</source>
        <comment>field_jrt_channel</comment>
        <translation>{standard} 管道代碼</translation>
    </message>
    <message>
        <source>{standard} business type</source>
        <comment>field_jrt_business</comment>
        <translation>{standard} 業務類別代碼</translation>
    </message>
    <message>
        <source>{standard} cause</source>
        <comment>field_jrt_cause</comment>
        <translation>{standard} 原因代碼</translation>
    </message>
    <message>
        <source>Register</source>
        <comment>sheet_register</comment>
        <translation>登記簿</translation>
    </message>
    <message>
        <source>Statistics</source>
        <comment>sheet_statistics</comment>
        <translation>統計</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>stat_received</comment>
        <translation>收到</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>stat_resolved</comment>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stat_closed</comment>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Still open</source>
        <comment>stat_open</comment>
        <translation>未結</translation>
    </message>
    <message>
        <source>Void</source>
        <comment>stat_void</comment>
        <translation>作廢</translation>
    </message>
    <message>
        <source>Resolved by the reply due date</source>
        <comment>stat_on_time</comment>
        <translation>於答覆期限前解決</translation>
    </message>
    <message>
        <source>Counted for timeliness</source>
        <comment>stat_counted</comment>
        <translation>計入準時統計</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>stat_late</comment>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Late and still open</source>
        <comment>stat_late_open</comment>
        <translation>逾期且仍未結</translation>
    </message>
    <message>
        <source>Open, not yet due (not counted)</source>
        <comment>stat_not_due</comment>
        <translation>未結且未到期（不計入）</translation>
    </message>
    <message>
        <source>Days to resolve, median</source>
        <comment>stat_median</comment>
        <translation>解決所需天數（中位數）</translation>
    </message>
    <message>
        <source>Days to resolve, 90th percentile</source>
        <comment>stat_p90</comment>
        <translation>解決所需天數（90 百分位）</translation>
    </message>
    <message>
        <source>Upheld in full or in part</source>
        <comment>stat_upheld</comment>
        <translation>投訴成立或部分成立</translation>
    </message>
    <message>
        <source>Compensation paid ({currency})</source>
        <comment>stat_compensation</comment>
        <translation>補償合計（{currency}）</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>month_column</comment>
        <translation>月份</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>value_column</comment>
        <translation>數值</translation>
    </message>
    <message>
        <source>Figure</source>
        <comment>figure_column</comment>
        <translation>指標</translation>
    </message>
    <message>
        <source>Complaints return</source>
        <comment>return_sheet</comment>
        <translation>投訴情形報表</translation>
    </message>
    <message>
        <source>Complaints return (after FCA DISP 1 Annex 1R) · {branch} · {start} to {end}</source>
        <comment>return_title</comment>
        <translation>投訴情形報表（參照英國 FCA DISP 1 附錄 1R）· {branch} · {start} 至 {end}</translation>
    </message>
    <message>
        <source>Counted as at {at}: void entries left out; closed means resolved (final response given); by the end of the 3rd business day after receipt in the working days of {country}; eight weeks from the day of receipt. Product groups are the branch&apos;s top-level categories.</source>
        <comment>return_as_at</comment>
        <translation>統計時點 {at}：不含作廢；結案指已解決（已作最終答覆）；第 3 個營業日依 {country} 的工作日自收到次日起算；8 週自收到之日起算。產品組為本分行的一級類別。</translation>
    </message>
    <message>
        <source>Product group</source>
        <comment>ret_group</comment>
        <translation>產品組</translation>
    </message>
    <message>
        <source>Outstanding at the start</source>
        <comment>ret_outstanding_start</comment>
        <translation>期初未結</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>ret_opened</comment>
        <translation>新收到</translation>
    </message>
    <message>
        <source>Closed within 3 business days</source>
        <comment>ret_closed_3_days</comment>
        <translation>3 個營業日內結案</translation>
    </message>
    <message>
        <source>Closed after 3 business days, within 8 weeks</source>
        <comment>ret_closed_8_weeks</comment>
        <translation>3 個營業日後、8 週內結案</translation>
    </message>
    <message>
        <source>Closed after 8 weeks</source>
        <comment>ret_closed_after_8_weeks</comment>
        <translation>8 週後結案</translation>
    </message>
    <message>
        <source>Closed in total</source>
        <comment>ret_closed</comment>
        <translation>結案合計</translation>
    </message>
    <message>
        <source>Upheld (in full or in part)</source>
        <comment>ret_upheld</comment>
        <translation>投訴成立（含部分成立）</translation>
    </message>
    <message>
        <source>Upheld share of closed</source>
        <comment>ret_upheld_share</comment>
        <translation>成立占結案比例</translation>
    </message>
    <message>
        <source>Redress paid ({currency})</source>
        <comment>ret_redress</comment>
        <translation>已付補償（{currency}）</translation>
    </message>
    <message>
        <source>Outstanding at the end</source>
        <comment>ret_outstanding_end</comment>
        <translation>期末未結</translation>
    </message>
    <message>
        <source>{standard} {month}</source>
        <comment>std_sheet</comment>
        <translation>{standard} {month}</translation>
    </message>
    <message>
        <source>Complaints received in {month} counted by {standard} · {branch}</source>
        <comment>std_table_title</comment>
        <translation>{month} 收到的投訴依 {standard} 統計 · {branch}</translation>
    </message>
    <message>
        <source>Complaints received (void entries left out): {count}</source>
        <comment>std_received</comment>
        <translation>收到投訴（不含作廢）：{count} 件</translation>
    </message>
    <message>
        <source>B business type by C cause</source>
        <comment>std_cross</comment>
        <translation>B 業務類別 × C 投訴原因</translation>
    </message>
    <message>
        <source>Seal of this register</source>
        <comment>seal_heading</comment>
        <translation>本登記簿的電子封簽</translation>
    </message>
    <message>
        <source>Branch key: {root}. Compare it with the key on earlier signed registers: a different key means the signing keys were replaced.</source>
        <comment>seal_key</comment>
        <translation>分行金鑰：{root}。請與先前已簽章登記簿上的金鑰核對：不一致表示簽章金鑰曾被更換。</translation>
    </message>
    <message>
        <source>Audit trail at printing: {events} entries, the newest #{head_id}, hash {head}.</source>
        <comment>seal_trail</comment>
        <translation>列印時的稽核紀錄：共 {events} 筆，最新為第 {head_id} 筆，雜湊值 {head}。</translation>
    </message>
    <message>
        <source>Sealed by {who} (key #{key}). Signature: {signature}</source>
        <comment>seal_signed</comment>
        <translation>封簽人：{who}（金鑰 #{key}）。簽章：{signature}</translation>
    </message>
    <message>
        <source>Not sealed: no manager&apos;s signing key was open when this was printed, so it cannot prove what the database held.</source>
        <comment>seal_unsigned</comment>
        <translation>未封簽：列印時沒有主管的簽章金鑰處於開啟狀態，因此無法證明當時資料庫的內容。</translation>
    </message>
    <message>
        <source>To check it against the database: the app&apos;s command verify-register with this PDF file.</source>
        <comment>seal_check</comment>
        <translation>核對本登記簿與資料庫：使用本軟體的 verify-register 指令和本 PDF 檔案。</translation>
    </message>
    <message>
        <source>: </source>
        <comment>label_colon</comment>
        <translation>：</translation>
    </message>
    <message>
        <source>Root-cause tasks opened this month</source>
        <comment>root_cause_tasks</comment>
        <translation>本月開立的根本原因調查任務</translation>
    </message>
    <message>
        <source>None: no group of complaints alike called for one.</source>
        <comment>no_root_cause_tasks</comment>
        <translation>無：本月沒有需要調查的同類投訴。</translation>
    </message>
    <message>
        <source>Task</source>
        <comment>col_task</comment>
        <translation>任務</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>col_opened</comment>
        <translation>開立</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>col_why</comment>
        <translation>原因</translation>
    </message>
    <message>
        <source>Complaints linked</source>
        <comment>col_linked</comment>
        <translation>關聯的投訴</translation>
    </message>
    <message>
        <source>{count} alike within 7 days</source>
        <comment>why_burst</comment>
        <translation>7天內同類投訴 {count} 件</translation>
    </message>
    <message>
        <source>opened by a manager</source>
        <comment>why_manager</comment>
        <translation>主管開立</translation>
    </message>
    <message>
        <source>Your complaint is recorded</source>
        <comment>slip_title</comment>
        <translation>您的投訴已登記</translation>
    </message>
    <message>
        <source>Register no.</source>
        <comment>slip_number</comment>
        <translation>登記編號</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>slip_date</comment>
        <translation>受理時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>slip_customer</comment>
        <translation>客戶</translation>
    </message>
    <message>
        <source>About</source>
        <comment>slip_about</comment>
        <translation>投訴事項</translation>
    </message>
    <message>
        <source>You asked for</source>
        <comment>slip_asked</comment>
        <translation>您的訴求</translation>
    </message>
    <message>
        <source>We will reply by</source>
        <comment>slip_reply_by</comment>
        <translation>我們將於以下日期前答覆</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <comment>slip_whom</comment>
        <translation>聯絡誰</translation>
    </message>
    <message>
        <source>Ask for {handler} at {branch}, quoting the register number.</source>
        <comment>slip_whom_text</comment>
        <translation>請到{branch}找{handler}，並告知登記編號。</translation>
    </message>
    <message>
        <source>Ask at {branch}, quoting the register number.</source>
        <comment>slip_whom_branch</comment>
        <translation>請到{branch}詢問，並告知登記編號。</translation>
    </message>
    <message>
        <source>If you are not satisfied with our answer, you may contact {name}.</source>
        <comment>slip_referral</comment>
        <translation>如對我們的答覆不滿意，您可以聯絡{name}。</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <comment>slip_phone</comment>
        <translation>電話：{phone}</translation>
    </message>
    <message>
        <source>Website: {website}</source>
        <comment>slip_website</comment>
        <translation>網站：{website}</translation>
    </message>
    <message>
        <source>Please keep this slip.</source>
        <comment>slip_keep</comment>
        <translation>請妥善保管本回執。</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <comment>slip_appointment</comment>
        <translation>您的預約</translation>
    </message>
    <message>
        <source>with {name}</source>
        <comment>slip_appointment_with</comment>
        <translation>接待人：{name}</translation>
    </message>
    <message>
        <source>at {place}</source>
        <comment>slip_appointment_place</comment>
        <translation>地點：{place}</translation>
    </message>
    <message>
        <source>We promised to have it done by</source>
        <comment>slip_promised</comment>
        <translation>我們承諾的辦結時間</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>In person</source>
        <comment>channel.in_person</comment>
        <translation>臨櫃</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>channel.phone</comment>
        <translation>電話</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>channel.letter</comment>
        <translation>書面信函</translation>
    </message>
    <message>
        <source>E-mail or online</source>
        <comment>channel.email</comment>
        <translation>電子郵件或線上</translation>
    </message>
    <message>
        <source>Opinion book</source>
        <comment>channel.opinion_book</comment>
        <translation>意見簿</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <comment>channel.suggestion_box</comment>
        <translation>意見箱</translation>
    </message>
    <message>
        <source>Referred by regulator or head office</source>
        <comment>channel.referral</comment>
        <translation>主管機關或總行轉介</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel.other</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Point (single customer)</source>
        <comment>scope.point</comment>
        <translation>點（單一客戶）</translation>
    </message>
    <message>
        <source>Line (group of customers)</source>
        <comment>scope.line</comment>
        <translation>線（同類客戶群）</translation>
    </message>
    <message>
        <source>Plane (brand or whole service)</source>
        <comment>scope.plane</comment>
        <translation>面（品牌或整體服務）</translation>
    </message>
    <message>
        <source>One customer has one problem; solve it for them, then check whether anyone else could be affected.</source>
        <comment>scope_help.point</comment>
        <translation>單一客戶遇到的個別問題；先替這位客戶處理好，再確認是否還有其他客戶受影響。</translation>
    </message>
    <message>
        <source>A product range or service causes the same problem for a group of customers, so the fix must reach all of them.</source>
        <comment>scope_help.line</comment>
        <translation>同一系列商品或同一項服務讓一群客戶遇到相同問題，處理時須顧及所有受影響的客戶。</translation>
    </message>
    <message>
        <source>The brand or the whole service fails on a large scale, often with media or public attention; escalate to senior management at once.</source>
        <comment>scope_help.plane</comment>
        <translation>品牌或整體服務出現大規模問題，常已引起媒體或社會關注，須立即向上級主管通報。</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>severity.low</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>severity.medium</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <comment>severity.high</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>severity.critical</comment>
        <translation>重大</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>status.received</comment>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <comment>status.acknowledged</comment>
        <translation>已回覆受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <comment>status.investigating</comment>
        <translation>調查處理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>status.resolved</comment>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>status.closed</comment>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Void</source>
        <comment>status.void</comment>
        <translation>已作廢</translation>
    </message>
    <message>
        <source>Upheld</source>
        <comment>outcome.upheld</comment>
        <translation>投訴成立</translation>
    </message>
    <message>
        <source>Partly upheld</source>
        <comment>outcome.partly_upheld</comment>
        <translation>部分成立</translation>
    </message>
    <message>
        <source>Not upheld</source>
        <comment>outcome.not_upheld</comment>
        <translation>投訴不成立</translation>
    </message>
    <message>
        <source>Clerk</source>
        <comment>role.clerk</comment>
        <translation>櫃員</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>role.manager</comment>
        <translation>主管</translation>
    </message>
    <message>
        <source>China banking (15 days)</source>
        <comment>deadline_preset.china_banking</comment>
        <translation>中國大陸銀行業（15日）</translation>
    </message>
    <message>
        <source>Vietnam consumer law (7 working days)</source>
        <comment>deadline_preset.vietnam_consumer</comment>
        <translation>越南消費者保護法（7個工作天）</translation>
    </message>
    <message>
        <source>UK FCA (3 business days / 8 weeks)</source>
        <comment>deadline_preset.uk_fca</comment>
        <translation>英國FCA（3個營業日／8週）</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>deadline_preset.custom</comment>
        <translation>自訂</translation>
    </message>
    <message>
        <source>Retail shop</source>
        <comment>category_preset.retail</comment>
        <translation>零售門市</translation>
    </message>
    <message>
        <source>Bank branch</source>
        <comment>category_preset.bank</comment>
        <translation>銀行分行</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>contact_method.phone</comment>
        <translation>電話</translation>
    </message>
    <message>
        <source>In person</source>
        <comment>contact_method.in_person</comment>
        <translation>當面</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>contact_method.letter</comment>
        <translation>信函</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>contact_method.email</comment>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Text message</source>
        <comment>contact_method.sms</comment>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>Reached</source>
        <comment>contact_result.reached</comment>
        <translation>已聯絡上</translation>
    </message>
    <message>
        <source>No answer</source>
        <comment>contact_result.no_answer</comment>
        <translation>無人接聽</translation>
    </message>
    <message>
        <source>Left a message</source>
        <comment>contact_result.left_message</comment>
        <translation>已留言</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <comment>contact_result.wrong_number</comment>
        <translation>號碼錯誤</translation>
    </message>
</context>
</TS>
