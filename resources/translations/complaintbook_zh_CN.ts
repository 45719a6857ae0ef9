<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Opening the register...

The first start after an update can take a few minutes with a large register, while it is brought up to date.</source>
        <translation>正在打开登记簿……

更新后第一次打开时，若登记簿很大，可能需要几分钟来把它升级到新版本。</translation>
    </message>
    <message>
        <source>This PC is set to work on the branch server (Settings, Branch server). Complaint Book needs it to open the register.</source>
        <translation>本电脑已设置为使用网点服务器（见“设置”中的“网点服务器”）。投诉簿需要连接该服务器才能打开登记簿。</translation>
    </message>
    <message>
        <source>It was moved aside, untouched: %1</source>
        <translation>已将其移开单独存放，内容未做任何改动：%1</translation>
    </message>
    <message>
        <source>Go on with the register as it is</source>
        <translation>按现状继续使用登记簿</translation>
    </message>
    <message>
        <source>No backup holds more of its changes.</source>
        <translation>没有任何备份包含更多的这些改动。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Type the new password</source>
        <translation>输入新密码</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>The backup of %1 holds more: %2 complaints, %3 entries in its audit trail.</source>
        <translation>%1 的备份包含更多内容：%2 件投诉，审计记录中有 %3 条。</translation>
    </message>
    <message>
        <source>Restore that backup</source>
        <translation>恢复该备份</translation>
    </message>
    <message>
        <source>No good backup was found. You can start a new, empty register here (what was moved aside stays where it is), or close and ask for help.</source>
        <translation>没有找到完好的备份。可以在此新建一本空的登记簿（已移开的文件保持原样），也可以关闭程序并找人帮忙。</translation>
    </message>
    <message>
        <source>Start a new, empty register</source>
        <translation>新建空的登记簿</translation>
    </message>
    <message>
        <source>Restore the newest good backup, from %1 (%2 complaints)?</source>
        <translation>是否恢复最近一份完好的备份（备份于 %1，共 %2 件投诉）？</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Complaint Book is already open with this register (by %1 on %2). Its window has been brought to the front.</source>
        <translation>投诉簿已由 %1 在电脑 %2 上打开此登记簿，已将其窗口切换到最前面。</translation>
    </message>
    <message>
        <source>The register and its backups were moved from %1 to %2, this PC&apos;s own app data folder. Windows copies the old one (the roaming folder) to a server at every sign-out, which is slow for a register and not safe for it.</source>
        <translation>登记簿及其备份已从 %1 移到 %2，即本电脑自己的应用数据文件夹。Windows 每次注销时都会把原来的文件夹（漫游文件夹）复制到服务器上，这对登记簿来说既慢又不安全。</translation>
    </message>
</context>
<context>
    <name>BoxTab</name>
    <message>
        <source>Open the box</source>
        <translation>开箱</translation>
    </message>
    <message>
        <source>Record the opening</source>
        <translation>登记开箱</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Slips found</source>
        <translation>清点张数</translation>
    </message>
    <message>
        <source>Opening schedule</source>
        <translation>开箱日安排</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>开箱记录</translation>
    </message>
    <message>
        <source>If the numbers differ: why (e.g. two slips stapled together)</source>
        <translation>如张数不符，请说明原因（例如两张意见条被订在了一起）</translation>
    </message>
    <message>
        <source>Transcribe its slips</source>
        <translation>录入本次意见条</translation>
    </message>
    <message>
        <source>Close the opening</source>
        <translation>结束本次开箱</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Missed openings: %1</source>
        <translation>未按期开箱：%1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1 · by %2, witness %3 · counted %4, entered %5 · %6</source>
        <translation>%1 · 开箱人 %2，见证人 %3 · 清点 %4 张，已录入 %5 张 · %6</translation>
    </message>
    <message>
        <source>All %1 slips are entered.</source>
        <translation>全部 %1 张意见条均已录入。</translation>
    </message>
    <message>
        <source>%1 slips were counted but %2 are entered.</source>
        <translation>清点了 %1 张意见条，但已录入 %2 张，数量不符。</translation>
    </message>
    <message>
        <source>Opening recorded. Now transcribe its slips.</source>
        <translation>开箱已登记。请接着录入本次的意见条。</translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation>开箱日安排已保存。</translation>
    </message>
    <message>
        <source>History of the opening</source>
        <translation>本次开箱的修改记录</translation>
    </message>
    <message>
        <source>Only a manager may read the audit history.</source>
        <translation>只有主管可以查看修改记录。</translation>
    </message>
    <message>
        <source>Opening closed.</source>
        <translation>本次开箱已结束。</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>You both changed these fields. Decide each one before saving: nothing is saved until you have.</source>
        <translation>你们两人都改了这些栏目。保存前请逐项决定：全部决定之前不会保存。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>两者都保留</translation>
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
        <translation>免除回访并办结(&amp;W)...</translation>
    </message>
    <message>
        <source>Correct the &amp;resolution...</source>
        <translation>更正处理结果(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Print a letter...</source>
        <translation>打印致客户函件(&amp;P)...</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Contact attempt</source>
        <translation>联系记录(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xtend deadline</source>
        <translation>延长时限(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>作废(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>修改记录(&amp;H)</translation>
    </message>
    <message>
        <source>Slip for the customer (F9)</source>
        <translation>给客户的回执 (F9)</translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation>80 毫米小票</translation>
    </message>
    <message>
        <source>A5 page</source>
        <translation>A5 纸</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>投诉时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺完成时间</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答复到期日</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID or account no.</source>
        <translation>证件号或账号</translation>
    </message>
    <message>
        <source>Extra care</source>
        <translation>特殊关爱</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>About</source>
        <translation>投诉对象</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>详细经过</translation>
    </message>
    <message>
        <source>Outcome wanted</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>认定结果</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Customer accepted</source>
        <translation>客户是否接受</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Follow-up and closing</source>
        <translation>回访与办结</translation>
    </message>
    <message>
        <source>Call-back due</source>
        <translation>回访到期日</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理经过</translation>
    </message>
    <message>
        <source>Reply due %1</source>
        <translation>答复到期日 %1</translation>
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
        <translation>首次答复截至 %1</translation>
    </message>
    <message>
        <source>follow-up waived</source>
        <translation>免于回访</translation>
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
        <translation>已跳过</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <source>chose</source>
        <translation>已选择</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Counter checklist, %1, %2 min</source>
        <translation>柜面安抚指引，%1，用时 %2 分钟</translation>
    </message>
    <message>
        <source>stopped by the safety exit</source>
        <translation>因紧急求助而中止</translation>
    </message>
    <message>
        <source>opinion book</source>
        <translation>意见簿</translation>
    </message>
    <message>
        <source>suggestion box</source>
        <translation>意见箱</translation>
    </message>
    <message>
        <source>comment card</source>
        <translation>意见卡</translation>
    </message>
    <message>
        <source>Copied from the %1 (page or slip %2), written %3</source>
        <translation>录自%1（页码或意见条编号 %2），客户填写于 %3</translation>
    </message>
    <message>
        <source>Appointment: %1 with %2</source>
        <translation>预约：%1，与 %2 面谈</translation>
    </message>
    <message>
        <source>Recorded as %1</source>
        <translation>已登记，登记编号 %1</translation>
    </message>
    <message>
        <source>Imported from a CSV file</source>
        <translation>从 CSV 文件导入</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>Slip given to the customer (%1)</source>
        <translation>已给客户回执（%1）</translation>
    </message>
    <message>
        <source>%1 complaints linked: %2</source>
        <translation>已关联 %1 件投诉：%2</translation>
    </message>
    <message>
        <source>Linked to root-cause task #%1</source>
        <translation>已关联根本原因排查任务 #%1</translation>
    </message>
    <message>
        <source>Resolution corrected</source>
        <translation>已更正处理结果</translation>
    </message>
    <message>
        <source>person</source>
        <translation>换人</translation>
    </message>
    <message>
        <source>place</source>
        <translation>换地方</translation>
    </message>
    <message>
        <source>time</source>
        <translation>换时间</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>已尝试：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>colleague who took over: %1</source>
        <translation>接手的同事：%1</translation>
    </message>
    <message>
        <source>safety exit</source>
        <translation>紧急求助</translation>
    </message>
    <message>
        <source>Acknowledgement letter printed in %1; reply due %2</source>
        <translation>已打印%1受理告知书；答复到期日 %2</translation>
    </message>
    <message>
        <source>Holding letter printed in %1; final response expected by %2</source>
        <translation>已打印%1处理进展告知书；预计最终答复日期 %2</translation>
    </message>
    <message>
        <source>Summary resolution letter printed in %1</source>
        <translation>已打印%1处理完毕确认函</translation>
    </message>
    <message>
        <source>Final response letter printed in %1</source>
        <translation>已打印%1最终答复函</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>This complaint is about you: you may read it, but a manager must act on it.</source>
        <translation>这件投诉涉及您本人：您可以查看，但须由主管处理。</translation>
    </message>
    <message>
        <source>This complaint is about you: you may read it, but head office must act on it (this branch has no other manager).</source>
        <translation>这件投诉涉及您本人：您可以查看，但须由上级机构处理（本网点没有其他主管）。</translation>
    </message>
    <message>
        <source>This complaint is about you: you may read it, but another manager must act on it.</source>
        <translation>这件投诉涉及您本人：您可以查看，但须由其他主管处理。</translation>
    </message>
    <message>
        <source>How satisfied the customer is</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>1 - very unhappy</source>
        <translation>1 - 非常不满意</translation>
    </message>
    <message>
        <source>2 - unhappy</source>
        <translation>2 - 不满意</translation>
    </message>
    <message>
        <source>3 - neither happy nor unhappy</source>
        <translation>3 - 一般</translation>
    </message>
    <message>
        <source>4 - happy</source>
        <translation>4 - 满意</translation>
    </message>
    <message>
        <source>5 - very happy</source>
        <translation>5 - 非常满意</translation>
    </message>
    <message>
        <source>Close %1 without a follow-up call</source>
        <translation>办结 %1（免除回访）</translation>
    </message>
    <message>
        <source>Why there is no follow-up call</source>
        <translation>免除回访的理由</translation>
    </message>
    <message>
        <source>A manager may waive the follow-up call, for example when the customer has no phone or asked not to be called. The reason is kept on the timeline.</source>
        <translation>主管可以免除回访，例如客户没有电话或要求不要致电。理由会记入处理记录。</translation>
    </message>
    <message>
        <source>Correct the resolution of %1</source>
        <translation>更正 %1 的处理结果</translation>
    </message>
    <message>
        <source>Why it is corrected (optional)</source>
        <translation>更正理由（选填）</translation>
    </message>
    <message>
        <source>The decision stays as it is (reopen the complaint to change it). Each correction goes on the timeline with the value it replaces.</source>
        <translation>认定结果保持不变（如需更改，请重新打开投诉）。每项更正连同原值记入处理记录。</translation>
    </message>
    <message>
        <source>Open a root-cause task</source>
        <translation>开立根本原因排查任务</translation>
    </message>
    <message>
        <source>What to look into (optional)</source>
        <translation>需要排查的内容（可不填）</translation>
    </message>
    <message>
        <source>The task links this complaint and the %1 alike, is put on each of their timelines and is printed in the month&apos;s register.</source>
        <translation>该任务关联本投诉及 %1 件同类投诉，记入每件投诉的处理记录，并打印在当月的客户投诉登记簿中。</translation>
    </message>
    <message>
        <source>Ask for more time on %1</source>
        <translation>为投诉 %1 申请延期</translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation>需要延期的原因</translation>
    </message>
    <message>
        <source>Another manager approves the request; the new due date follows the branch&apos;s policy.</source>
        <translation>申请须由申请人以外的主管批准；新的到期日按本网点的办理时限规则确定。</translation>
    </message>
    <message>
        <source>Approve more time on %1</source>
        <translation>批准投诉 %1 延期</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>审批意见（选填）</translation>
    </message>
    <message>
        <source>%1 asked: %2</source>
        <translation>%1 申请延期，理由：%2</translation>
    </message>
    <message>
        <source>Letter saved to %1</source>
        <translation>函件已保存到 %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reassi&amp;gn</source>
        <translation>重新指派(&amp;G)</translation>
    </message>
    <message>
        <source>Contact attempt (%1): %2</source>
        <translation>联系客户（%1）：%2</translation>
    </message>
    <message>
        <source>Handler: %1 → %2</source>
        <translation>经办人：%1 → %2</translation>
    </message>
    <message>
        <source>Deadline extended: %1 → %2</source>
        <translation>办理时限延长：%1 → %2</translation>
    </message>
    <message>
        <source>Recorded from an opinion book or suggestion box entry</source>
        <translation>由意见簿或意见箱中的意见转为投诉登记</translation>
    </message>
    <message>
        <source>Counter checklist run attached</source>
        <translation>已附上安抚指引记录</translation>
    </message>
    <message>
        <source>Asked for more time</source>
        <translation>已申请延期</translation>
    </message>
    <message>
        <source>Follow-up call: satisfaction %1</source>
        <translation>回访：满意度 %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>&amp;Acknowledge (Ctrl+Enter)</source>
        <translation>告知受理(&amp;A) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Start investigating (Ctrl+Enter)</source>
        <translation>开始调查处理(&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Resolve... (Ctrl+Enter)</source>
        <translation>处理完毕(&amp;R)... (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Record &amp;follow-up... (Ctrl+Enter)</source>
        <translation>登记回访(&amp;F)... (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>C&amp;lose... (Ctrl+Enter)</source>
        <translation>办结(&amp;L)... (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Approve e&amp;xtension</source>
        <translation>批准延期(&amp;X)</translation>
    </message>
    <message>
        <source>Ask for more &amp;time</source>
        <translation>申请延期(&amp;T)</translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation>处理完毕：%1</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- 请选择 -</translation>
    </message>
    <message>
        <source>Standard reply</source>
        <translation>标准答复</translation>
    </message>
    <message>
        <source>- insert a standard reply -</source>
        <translation>- 插入标准答复 -</translation>
    </message>
    <message>
        <source>What was done for the customer</source>
        <translation>为客户做了哪些处理</translation>
    </message>
    <message>
        <source>Compensation (%1)</source>
        <translation>补偿金额（%1）</translation>
    </message>
    <message>
        <source>Customer accepted the resolution</source>
        <translation>客户接受处理结果</translation>
    </message>
    <message>
        <source>Follow-up call for %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Close %1. The follow-up call has been recorded.</source>
        <translation>办结 %1。回访已登记。</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>办结 %1</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Record a contact attempt</source>
        <translation>登记联系情况</translation>
    </message>
    <message>
        <source>How</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>联系结果</translation>
    </message>
    <message>
        <source>Reassign %1</source>
        <translation>重新指派 %1</translation>
    </message>
    <message>
        <source>New handler</source>
        <translation>新经办人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>作废 %1</translation>
    </message>
    <message>
        <source>Reason (the entry keeps its number)</source>
        <translation>作废理由（该条目保留原编号）</translation>
    </message>
    <message>
        <source>A void entry stays in the register, marked void, so the numbering has no gaps.</source>
        <translation>作废的条目仍保留在登记簿中，并标注为作废，以保证编号连续、不断号。</translation>
    </message>
    <message>
        <source>Confirm void</source>
        <translation>确认作废</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <source>Well done. What happens to this conversation?</source>
        <translation>辛苦了。这次接待接下来怎么处理？</translation>
    </message>
    <message>
        <source>1   Record the complaint now (Enter)</source>
        <translation>1   现在登记投诉（Enter）</translation>
    </message>
    <message>
        <source>2   Add to an existing complaint:</source>
        <translation>2   补充到已有投诉：</translation>
    </message>
    <message>
        <source>register number, e.g. %1</source>
        <translation>登记编号，例如 %1</translation>
    </message>
    <message>
        <source>3   Finish without a complaint</source>
        <translation>3   结束，不登记投诉</translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message>
        <source>Search text, name, page...</source>
        <translation>搜索内容、姓名、页码…</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>填写日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>所选意见</translation>
    </message>
    <message>
        <source>Written in the book</source>
        <translation>在意见簿上书面答复</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话答复</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面答复</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>答复方式</translation>
    </message>
    <message>
        <source>On</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Save reply</source>
        <translation>保存答复</translation>
    </message>
    <message>
        <source>Promote to complaint...</source>
        <translation>转为投诉登记...</translation>
    </message>
    <message>
        <source>Open the complaint</source>
        <translation>打开对应投诉</translation>
    </message>
    <message>
        <source>View scan</source>
        <translation>查看扫描件</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部处理情况</translation>
    </message>
    <message>
        <source>Not replied</source>
        <translation>未答复</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>已转为投诉</translation>
    </message>
    <message>
        <source>Not promoted</source>
        <translation>未转为投诉</translation>
    </message>
    <message>
        <source>in register</source>
        <translation>已登记投诉</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>not replied</source>
        <translation>未答复</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>共 %1 条意见</translation>
    </message>
    <message>
        <source>showing the newest %1; narrow the filters to see others</source>
        <translation>仅显示最新的 %1 条；如需查看其他意见，请缩小筛选范围</translation>
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
        <translation>已登记为投诉，登记编号 %1</translation>
    </message>
    <message>
        <source>Reply saved.</source>
        <translation>答复已保存。</translation>
    </message>
    <message>
        <source>Only a manager may read the audit history.</source>
        <translation>只有主管可以查看修改记录。</translation>
    </message>
    <message>
        <source>History of entry #%1</source>
        <translation>意见 #%1 的修改记录</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>Complaint Book hit an unexpected problem. What you saved is safe, and what you are typing is kept as a draft. Details were written to %1.</source>
        <translation>投诉簿遇到了意外问题。已保存的内容不受影响，正在填写的内容已保存为草稿。详细信息已写入 %1。</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Register no.</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>投诉时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID or account no.</source>
        <translation>证件号或账号</translation>
    </message>
    <message>
        <source>Extra care</source>
        <translation>特殊群体客户</translation>
    </message>
    <message>
        <source>Extra care: note</source>
        <translation>特殊群体客户：备注</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>About staff member</source>
        <translation>涉及员工</translation>
    </message>
    <message>
        <source>About</source>
        <translation>投诉对象</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>详细经过</translation>
    </message>
    <message>
        <source>Outcome wanted</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺完成时间</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>First reply due</source>
        <translation>首次答复到期日</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答复到期日</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>延期次数</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>认定结果</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Customer accepted</source>
        <translation>客户是否接受</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>处理完毕时间</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Call-back due</source>
        <translation>回访到期日</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Follow-up comment</source>
        <translation>回访意见</translation>
    </message>
    <message>
        <source>Follow-up waived</source>
        <translation>免除回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
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
        <translation>当月序号</translation>
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
        <translation>在职</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <source>First failed sign-in</source>
        <translation>首次登录失败时间</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Lockouts</source>
        <translation>锁定次数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Page or slip</source>
        <translation>页码或意见条编号</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>填写日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>About the service</source>
        <translation>涉及服务</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Replied by</source>
        <translation>答复方式</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Box opening</source>
        <translation>开箱批次</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>网点代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Branch head</source>
        <translation>网点负责人</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Deadline policy</source>
        <translation>办理时限规则</translation>
    </message>
    <message>
        <source>Custom: working days</source>
        <translation>自定义：工作日数</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别方案</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>已完成设置</translation>
    </message>
    <message>
        <source>Suggestion box opened on</source>
        <translation>意见箱开箱日</translation>
    </message>
    <message>
        <source>Clerks may sign in with a 6-digit PIN</source>
        <translation>柜员可使用 6 位 PIN 码登录</translation>
    </message>
    <message>
        <source>Lock the screen after (minutes)</source>
        <translation>锁定屏幕前的空闲时间（分钟）</translation>
    </message>
    <message>
        <source>Keep personal data (years)</source>
        <translation>个人信息保存期限（年）</translation>
    </message>
    <message>
        <source>Folder for a second copy of each backup</source>
        <translation>每份备份的第二份副本存放文件夹</translation>
    </message>
    <message>
        <source>Emergency numbers for the safety exit</source>
        <translation>紧急求助电话</translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation>设置日期</translation>
    </message>
    <message>
        <source>Letters refer customers to</source>
        <translation>函件告知客户可求助于</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情形</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>In the record</source>
        <translation>书面记录</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Existing when the audit trail began</source>
        <translation>启用审计记录时已存在</translation>
    </message>
    <message>
        <source>Upgrade of the app</source>
        <translation>软件升级</translation>
    </message>
    <message>
        <source>the country&apos;s default</source>
        <translation>所在国家/地区的默认值</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>（已设置）</translation>
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
        <translation>%1 个月</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Complaint Book: first start on this PC</source>
        <translation>投诉簿：本电脑首次启动</translation>
    </message>
    <message>
        <source>Welcome to Complaint Book</source>
        <translation>欢迎使用投诉簿</translation>
    </message>
    <message>
        <source>This PC holds no register yet. Is this the branch&apos;s only PC, or does the branch keep its register on a branch server that other PCs already use?</source>
        <translation>本电脑还没有登记簿。这是网点唯一的电脑，还是网点把登记簿放在其他电脑已在使用的网点服务器上？</translation>
    </message>
    <message>
        <source>Set up a new branch on this PC</source>
        <translation>在本电脑上设置新网点</translation>
    </message>
    <message>
        <source>The register is kept in this PC&apos;s own data folder. You become its manager.</source>
        <translation>登记簿保存在本电脑自己的数据文件夹中。您将成为它的主管。</translation>
    </message>
    <message>
        <source>Join the branch server</source>
        <translation>加入网点服务器</translation>
    </message>
    <message>
        <source>This PC works on the register the other PCs share (PostgreSQL on the branch network). Nothing is kept in a register of its own.</source>
        <translation>本电脑使用其他电脑共用的登记簿（网点网络上的 PostgreSQL），不另存自己的登记簿。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Testing the connection to %1 (this takes at most %2 seconds)...</source>
        <translation>正在测试与 %1 的连接（最多需要 %2 秒）...</translation>
    </message>
</context>
<context>
    <name>GuidedView</name>
    <message>
        <source>Leave (Esc)</source>
        <translation>退出 (Esc)</translation>
    </message>
    <message>
        <source>Practice run: not counted in the figures, not attached to a complaint.</source>
        <translation>练习：不计入统计，也不关联到投诉。</translation>
    </message>
    <message>
        <source>Note for this step (optional)</source>
        <translation>本步骤备注（选填）</translation>
    </message>
    <message>
        <source>Back (Backspace)</source>
        <translation>上一步 (Backspace)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>跳过 (S)</translation>
    </message>
    <message>
        <source>Not applicable (N)</source>
        <translation>不适用 (N)</translation>
    </message>
    <message>
        <source>Done, next (Enter)</source>
        <translation>完成，下一步 (Enter)</translation>
    </message>
    <message>
        <source>Still upset: three changes (E)</source>
        <translation>情绪仍未平复：换人、换地方、换时间 (E)</translation>
    </message>
    <message>
        <source>Safety exit (F12)</source>
        <translation>紧急求助 (F12)</translation>
    </message>
    <message>
        <source>Still upset: appointment or safety exit (E)</source>
        <translation>情绪仍未平复：约见或紧急求助 (E)</translation>
    </message>
    <message>
        <source>Serving the customer: you (%1)</source>
        <translation>接待客户：您本人（%1）</translation>
    </message>
    <message>
        <source>Serving the customer: your colleague %1</source>
        <translation>接待客户：接手的同事 %1</translation>
    </message>
    <message>
        <source>Listening for %1</source>
        <translation>已倾听 %1</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Record and continue (Enter)</source>
        <translation>记录并继续 (Enter)</translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation>关闭 (Enter)</translation>
    </message>
    <message>
        <source>Time with the customer: %1</source>
        <translation>接待时长：%1</translation>
    </message>
    <message>
        <source>Outcome wanted: %1</source>
        <translation>客户诉求：%1</translation>
    </message>
    <message>
        <source>Promised by: %1</source>
        <translation>承诺完成时间：%1</translation>
    </message>
    <message>
        <source>Changes needed: %1 of 3</source>
        <translation>已采用 %1 项（换人、换地方、换时间，共 3 项）</translation>
    </message>
    <message>
        <source>Moved to: %1</source>
        <translation>已换到：%1</translation>
    </message>
    <message>
        <source>Appointment: %1 with %2</source>
        <translation>约见：%1，由 %2 接待</translation>
    </message>
    <message>
        <source>The register number is given when the complaint is recorded (1).</source>
        <translation>投诉登记后（按 1）才会产生登记编号。</translation>
    </message>
    <message>
        <source>No complaint has the register number %1.</source>
        <translation>找不到登记编号为 %1 的投诉。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Each line is a saved change. The trail is chained and cannot be edited.</source>
        <translation>每一行是一次已保存的修改。审计记录前后逐条关联，无法更改。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
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
        <translation>新建投诉 (Ctrl+N)</translation>
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
        <translation>7 天内到期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Received this month</source>
        <translation>本月收到</translation>
    </message>
    <message>
        <source>Overdue: reply date passed</source>
        <translation>已逾期：已过答复期限</translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation>未来 7 天内到期</translation>
    </message>
    <message>
        <source>Waiting for you: more time, root-cause tasks</source>
        <translation>待您处理：延期申请、根本原因排查</translation>
    </message>
    <message>
        <source>Appointments booked with customers</source>
        <translation>与客户的预约</translation>
    </message>
    <message>
        <source>At the counter this month</source>
        <translation>本月柜面安抚情况</translation>
    </message>
    <message>
        <source>Opinion book and suggestion box</source>
        <translation>意见簿与意见箱</translation>
    </message>
    <message>
        <source>first reply by %1</source>
        <translation>首次答复期限 %1</translation>
    </message>
    <message>
        <source>promised to the customer for %1</source>
        <translation>已向顾客承诺于 %1</translation>
    </message>
    <message>
        <source>[extra care]</source>
        <translation>[特殊群体客户]</translation>
    </message>
    <message>
        <source>[about staff]</source>
        <translation>[投诉员工]</translation>
    </message>
    <message>
        <source>%1  ·  asked by %2</source>
        <translation>%1  ·  申请人 %2</translation>
    </message>
    <message>
        <source>Asked %1, reply due %2: %3</source>
        <translation>%1 申请，答复到期日 %2：%3</translation>
    </message>
    <message>
        <source>%1 alike in 7 days</source>
        <translation>7 天内同类 %1 件</translation>
    </message>
    <message>
        <source>scope: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <source>%1  ·  root-cause task asked (%2)</source>
        <translation>%1  ·  需开立根本原因排查任务（%2）</translation>
    </message>
    <message>
        <source>Open it to see the complaints alike and open the task.</source>
        <translation>打开即可查看同类投诉并开立排查任务。</translation>
    </message>
    <message>
        <source>Today&apos;s reading of the opinion book is not signed yet.</source>
        <translation>今日的意见簿尚未阅签。</translation>
    </message>
    <message>
        <source>%1 complaint(s) from the book or box not answered or registered within 3 days.</source>
        <translation>有 %1 件来自意见簿或意见箱的投诉，3 天内既未答复也未转为投诉登记。</translation>
    </message>
    <message>
        <source>Suggestion box opening missed: %1</source>
        <translation>意见箱未按期开箱：%1</translation>
    </message>
    <message>
        <source>All read, answered and opened on time.</source>
        <translation>均已按时阅签、答复和开箱。</translation>
    </message>
    <message>
        <source>no complaint yet</source>
        <translation>尚未登记投诉</translation>
    </message>
    <message>
        <source>No appointments ahead.</source>
        <translation>近期暂无预约。</translation>
    </message>
    <message>
        <source>Checklist runs: %1</source>
        <translation>安抚指引记录：%1 次</translation>
    </message>
    <message>
        <source>Changed person %1, place %2, time %3; safety exits %4</source>
        <translation>换人 %1 次，换地方 %2 次，换时间 %3 次；紧急求助 %4 次</translation>
    </message>
    <message>
        <source>Median time to calm: %1 min</source>
        <translation>情绪平复用时（中位数）：%1 分钟</translation>
    </message>
    <message>
        <source>Most skipped steps: %1</source>
        <translation>最常跳过的步骤：%1</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>暂无记录。</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Every field you both changed is decided: check the form and save (Ctrl+S).</source>
        <translation>双方都改过的字段已全部选定：请核对表单后保存（Ctrl+S）。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>投诉时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Needs extra care (vulnerable customer)</source>
        <translation>特殊群体客户（需特殊关爱）</translation>
    </message>
    <message>
        <source>What help the customer needs</source>
        <translation>客户需要哪些帮助</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID or account no.</source>
        <translation>证件号或账号</translation>
    </message>
    <message>
        <source>Care note</source>
        <translation>关爱说明</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Service, product or counter concerned</source>
        <translation>涉及的业务、产品或柜台</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>子类别</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Staff complained about</source>
        <translation>被投诉员工</translation>
    </message>
    <message>
        <source>Service concerned</source>
        <translation>涉及业务</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>One line: what went wrong</source>
        <translation>一句话概括：出了什么问题</translation>
    </message>
    <message>
        <source>What the customer said happened, in their words</source>
        <translation>按客户原话记录事情经过</translation>
    </message>
    <message>
        <source>Ask: what would you like us to do?</source>
        <translation>请问客户：您希望我们怎么处理？</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>详细经过</translation>
    </message>
    <message>
        <source>Outcome the customer wants</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理安排</translation>
    </message>
    <message>
        <source>Promised to the customer by</source>
        <translation>已向客户承诺于</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答复到期日</translation>
    </message>
    <message>
        <source>Discard (Esc)</source>
        <translation>放弃 (Esc)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- 请选择 -</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>（暂不确定）</translation>
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
        <translation>（不细分）</translation>
    </message>
    <message>
        <source>shown once channel and category are chosen</source>
        <translation>选择渠道和类别后显示</translation>
    </message>
    <message>
        <source>%1 (first reply by %2)</source>
        <translation>%1（须于 %2 前首次答复）</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Edit complaint %1</source>
        <translation>编辑投诉 %1</translation>
    </message>
    <message>
        <source>Draft NOT kept: %1</source>
        <translation>草稿未能保存：%1</translation>
    </message>
    <message>
        <source>Draft NOT kept (the log has the details).</source>
        <translation>草稿未能保存（详情见日志）。</translation>
    </message>
    <message>
        <source>Draft kept on this PC at %1</source>
        <translation>草稿已于 %1 保存在本电脑上</translation>
    </message>
    <message>
        <source>Decide first, for each field you both changed: %1.</source>
        <translation>请先对你们两人都改过的每个栏目作出决定：%1。</translation>
    </message>
    <message>
        <source>You both changed: %1. Decide each one below, then save.</source>
        <translation>你们两人都改了：%1。请在下方逐项决定，然后保存。</translation>
    </message>
    <message>
        <source>Their changes and yours are both in the form now.</source>
        <translation>对方的修改和您的修改现已一并放入表单中。</translation>
    </message>
    <message>
        <source>Discard this complaint?</source>
        <translation>放弃这件投诉登记？</translation>
    </message>
    <message>
        <source>What you typed will be lost. Discard it?</source>
        <translation>已填写的内容将会丢失。确定放弃吗？</translation>
    </message>
</context>
<context>
    <name>LastResortPanel</name>
    <message>
        <source>All three changes have been tried</source>
        <translation>换人、换地方、换时间都已试过</translation>
    </message>
    <message>
        <source>2   Threats or violence: safety exit (F12)</source>
        <translation>2   有威胁或暴力：紧急求助 (F12)</translation>
    </message>
    <message>
        <source>3   The customer is calmer now: go on with the checklist</source>
        <translation>3   客户已经平静些了：继续按清单办理</translation>
    </message>
    <message>
        <source>Do not start again. Confirm the appointment with the customer, give them the time and the name, and end the conversation calmly.</source>
        <translation>不要从头再来。和客户确认约见，告诉客户时间和接待人姓名，然后平和地结束谈话。</translation>
    </message>
    <message>
        <source>Appointment: %1 with %2</source>
        <translation>约见：%1，由 %2 接待</translation>
    </message>
    <message>
        <source>1   Confirm the appointment and end (Enter)</source>
        <translation>1   确认约见并结束 (Enter)</translation>
    </message>
    <message>
        <source>Do not start again. Offer an appointment with a senior manager, and end the conversation calmly.</source>
        <translation>不要从头再来。提出由上级主管约见客户，然后平和地结束谈话。</translation>
    </message>
    <message>
        <source>1   End the conversation (Enter)</source>
        <translation>1   结束谈话 (Enter)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter to the customer about %1</source>
        <translation>就 %1 致客户的函件</translation>
    </message>
    <message>
        <source>The letter is addressed to the customer and gives the register number, the dates and where the customer may turn if unhappy. It is saved as a PDF to print, and noted on the timeline.</source>
        <translation>函件以客户本人为收件人，载明登记编号、相关日期，以及客户不满意时可以求助的机构。函件保存为 PDF 以便打印，并记入处理经过。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>函件语言</translation>
    </message>
    <message>
        <source>In the customer&apos;s language: what we are still waiting for</source>
        <translation>用客户的语言写明：我们还在等待什么</translation>
    </message>
    <message>
        <source>Why there is no final response yet</source>
        <translation>尚未作出最终答复的原因</translation>
    </message>
    <message>
        <source>Final response expected by</source>
        <translation>预计最终答复日期</translation>
    </message>
    <message>
        <source>What was found and done (printed as written)</source>
        <translation>调查结果及处理情况（按原文打印）</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>保存 PDF(&amp;S)...</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>受理告知书</translation>
    </message>
    <message>
        <source>Holding letter (no final response yet)</source>
        <translation>处理进展告知书（尚无最终答复）</translation>
    </message>
    <message>
        <source>Final response</source>
        <translation>最终答复函</translation>
    </message>
    <message>
        <source>Summary resolution (settled within three business days)</source>
        <translation>处理完毕确认函（三个工作日内办结）</translation>
    </message>
    <message>
        <source>No ombudsman or regulator is set for this branch&apos;s country, so no letter can be printed: a manager sets it in Settings.</source>
        <translation>尚未为本网点所在国家/地区设置申诉机构或监管机构，因此无法打印函件：请主管在“设置”中填写。</translation>
    </message>
    <message>
        <source>An unhappy customer is told to turn to %1 (%2).</source>
        <translation>函件将告知不满意的客户可向%1求助（%2）。</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>保存函件</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Complaint Book</source>
        <translation>投诉簿</translation>
    </message>
    <message>
        <source>Customer is upset (F2)</source>
        <translation>客户情绪激动 (F2)</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Resume it</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Switch user / lock (Ctrl+L)</source>
        <translation>切换用户/锁屏 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Opinion book</source>
        <translation>意见簿</translation>
    </message>
    <message>
        <source>Standard replies</source>
        <translation>标准答复</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>正在备份...</translation>
    </message>
    <message>
        <source>This register is open read-only on this PC (the file or its folder cannot be written). You can read and print; nothing can be saved.</source>
        <translation>此登记簿在本电脑上以只读方式打开（无法写入该文件或其所在文件夹）。可以查看和打印，但无法保存任何内容。</translation>
    </message>
    <message>
        <source>register on this PC</source>
        <translation>本电脑上的登记簿</translation>
    </message>
    <message>
        <source>branch server %1, database %2</source>
        <translation>网点服务器 %1，数据库 %2</translation>
    </message>
    <message>
        <source>Complaint Book - %1</source>
        <translation>投诉簿 - %1</translation>
    </message>
    <message>
        <source>Branch server unreachable since %1; retrying. What you type is kept as a draft on this PC; nothing can be saved until the server is back.</source>
        <translation>自 %1 起无法连接网点服务器，正在重试。您输入的内容作为草稿保存在本电脑上；服务器恢复前无法保存。</translation>
    </message>
    <message>
        <source>The branch server cannot be reached (since %1), so this cannot be saved now. It is offered again as soon as the server is back.</source>
        <translation>自 %1 起无法连接网点服务器，现在无法保存。服务器恢复后即可再次使用。</translation>
    </message>
    <message>
        <source>This register failed its audit check: %1 (%2 problem(s) in all; the command check lists them). Compare it with the last signed register and the backups before going on.</source>
        <translation>本登记簿未通过审计校验：%1（共 %2 个问题；check 命令会全部列出）。继续使用前，请与最近一次签字的登记簿和备份核对。</translation>
    </message>
    <message>
        <source>This register failed its audit check. A manager sees what failed; tell one.</source>
        <translation>本登记簿未通过审计校验。主管可以看到具体问题，请告知主管。</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>The screen was locked. Sign in to continue.</source>
        <translation>屏幕已锁定，请登录后继续。</translation>
    </message>
    <message>
        <source>Branch not set up yet (code %1): see Settings</source>
        <translation>网点尚未设置（编号 %1），请到“设置”中填写</translation>
    </message>
    <message>
        <source>The branch server cannot be reached, so the complaint cannot be opened now; it can be once the server answers again.</source>
        <translation>无法连接分行服务器，暂时打不开这件投诉；服务器恢复后即可打开。</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存，登记编号 %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>A counter checklist started at %1 was not finished. Resume it?</source>
        <translation>%1 开始的柜面安抚指引尚未完成。是否继续？</translation>
    </message>
    <message>
        <source>From the guide: %1</source>
        <translation>来自安抚指引：%1</translation>
    </message>
    <message>
        <source>Checklist added to the complaint.</source>
        <translation>安抚指引记录已附到该投诉。</translation>
    </message>
    <message>
        <source>A complaint you had not saved was kept from %1. Restore it?</source>
        <translation>已为您保留一件未保存的投诉（保存于 %1）。是否恢复？</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>无法备份：%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Backing up the register before closing...</source>
        <translation>关闭前正在备份登记簿...</translation>
    </message>
    <message>
        <source>The register file failed its check (%1). It is now open read-only: you can read and print, nothing more is written to it.</source>
        <translation>登记簿文件未通过检查（%1）。登记簿现已改为只读：可以查看和打印，不会再向该文件写入任何内容。</translation>
    </message>
    <message>
        <source>The register file failed its check, and no good backup was found. Keep working read-only and ask for help; the file is kept as it is.</source>
        <translation>登记簿文件未通过检查，且没有找到完好的备份。请继续以只读方式使用并找人帮忙；该文件保持原样。</translation>
    </message>
    <message>
        <source>The register file failed its check. Restore the newest good backup, from %1 (%2 complaints)? The damaged file is moved aside untouched, and everyone signs in again.</source>
        <translation>登记簿文件未通过检查。是否恢复最近一份完好的备份（备份于 %1，共 %2 件投诉）？损坏的文件会原样移开存放，所有人需重新登录。</translation>
    </message>
    <message>
        <source>Only a manager may restore a backup.</source>
        <translation>只有主管可以恢复备份。</translation>
    </message>
    <message>
        <source>Restoring the backup...

The register as it is now is backed up first; a large register takes a while.</source>
        <translation>正在恢复备份...

会先备份当前的登记簿；登记簿较大时需要一些时间。</translation>
    </message>
    <message>
        <source>Restored the backup of %1 (%2 complaints). Sign in again.</source>
        <translation>已恢复 %1 的备份（共 %2 件投诉）。请重新登录。</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move this PC&apos;s register to the branch server</source>
        <translation>将本电脑的登记簿迁移到网点服务器</translation>
    </message>
    <message>
        <source>Everything in this PC&apos;s register is copied into the server&apos;s register, which must be empty: complaints with their timelines and audit history, the opinion book, box openings, sign-offs, checklist runs, and staff with their roles and passwords. Both registers are then checked and their counts shown side by side. This PC&apos;s register is left as it is.</source>
        <translation>本电脑登记簿中的所有内容都会复制到服务器的登记簿（该登记簿必须为空）：投诉及其处理经过和审计记录、意见簿、意见箱开箱记录、每日阅签、安抚指引记录，以及员工的角色和密码。之后两本登记簿都会检查，并并排列出数量。本电脑的登记簿保持不变。</translation>
    </message>
    <message>
        <source>Your password (%1)</source>
        <translation>您的密码（%1）</translation>
    </message>
    <message>
        <source>The server&apos;s owner (a server with two users only)</source>
        <translation>服务器的所有者（仅限设有两个用户的服务器）</translation>
    </message>
    <message>
        <source>If the branch server was set up with two users, only its owner role may move a register in. Type the owner&apos;s user name and password: they are used for this move only and are not kept anywhere. Otherwise leave them empty.</source>
        <translation>如果网点服务器设有两个用户，只有其所有者角色可以迁入登记簿。请输入所有者的用户名和密码：仅用于本次迁移，不会保存在任何地方。否则请留空。</translation>
    </message>
    <message>
        <source>Owner&apos;s user name</source>
        <translation>所有者的用户名</translation>
    </message>
    <message>
        <source>Owner&apos;s password</source>
        <translation>所有者的密码</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Move now</source>
        <translation>立即迁移</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>请先输入您的密码。</translation>
    </message>
    <message>
        <source>Type the owner&apos;s password too.</source>
        <translation>请同时输入所有者的密码。</translation>
    </message>
    <message>
        <source>Moving... (this can take a few minutes)</source>
        <translation>正在迁移……（可能需要几分钟）</translation>
    </message>
    <message>
        <source>Moved, and both registers passed their check. Press Use this server, then start Complaint Book again on every PC.</source>
        <translation>迁移完成，两本登记簿都通过了检查。请按“使用此服务器”，然后在每台电脑上重新启动投诉簿。</translation>
    </message>
    <message>
        <source>Nothing was moved: on this server only its owner role %1 may move a register in, not %2. Type the owner&apos;s user name and password above, then press Move now.</source>
        <translation>没有迁移任何内容：在这台服务器上，只有所有者角色 %1 可以迁入登记簿，%2 不行。请在上方输入所有者的用户名和密码，然后按“立即迁移”。</translation>
    </message>
    <message>
        <source>Nothing was moved: the branch server %1 refused the owner&apos;s user name %2 with the password typed. Check the owner&apos;s user name and password, type them again, then press Move now.</source>
        <translation>没有迁移任何内容：网点服务器 %1 拒绝了所有者用户名 %2 和所输入的密码。请检查所有者的用户名和密码，重新输入后按“立即迁移”。</translation>
    </message>
    <message>
        <source>Nothing was moved: the branch server %1 refused user name %2 with the password typed in Settings. Check the server&apos;s fields there.</source>
        <translation>没有迁移任何内容：网点服务器 %1 拒绝了用户名 %2 和在“设置”中输入的密码。请检查那里的服务器各栏。</translation>
    </message>
    <message>
        <source>Nothing was moved: %1</source>
        <translation>没有迁移任何内容：%1</translation>
    </message>
    <message>
        <source>the move stopped unexpectedly.</source>
        <translation>迁移意外中止。</translation>
    </message>
    <message>
        <source>Nothing was moved, or the move did not check out: see below.</source>
        <translation>没有迁移任何内容，或迁移结果未通过检查：见下方。</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>本电脑</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Check on %1: OK</source>
        <translation>%1 检查：通过</translation>
    </message>
    <message>
        <source>Check on %1: %2 problem(s)</source>
        <translation>%1 检查：%2 个问题</translation>
    </message>
</context>
<context>
    <name>NumbersTab</name>
    <message>
        <source>Praise by staff member:</source>
        <translation>各员工受表扬情况：</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬次数</translation>
    </message>
    <message>
        <source>Entries: %1 (%2)</source>
        <translation>意见总数：%1（%2）</translation>
    </message>
    <message>
        <source>Promoted to complaints: %1</source>
        <translation>转为投诉登记：%1 条</translation>
    </message>
    <message>
        <source>Replied: %1 (%2 of those needing a reply)</source>
        <translation>已答复：%1 条（占需答复意见的 %2）</translation>
    </message>
    <message>
        <source>Days read and signed on time: %1 of %2</source>
        <translation>按时阅签天数：%1 / %2</translation>
    </message>
    <message>
        <source>Days signed late (not counted as read): %1</source>
        <translation>补签天数（不计为已阅）：%1</translation>
    </message>
    <message>
        <source>Suggestion box openings: %1</source>
        <translation>意见箱开箱：%1 次</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>an unexpected problem (the details are in the log)</source>
        <translation>意外问题（详细信息已写入日志）</translation>
    </message>
    <message>
        <source>Working, a moment please...</source>
        <translation>正在处理，请稍候……</translation>
    </message>
    <message>
        <source>Complaint Book</source>
        <translation>投诉簿</translation>
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
        <translation>录入意见</translation>
    </message>
    <message>
        <source>book page or slip number</source>
        <translation>意见簿页码或意见条编号</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- 请选择 -</translation>
    </message>
    <message>
        <source>The customer&apos;s words, as written</source>
        <translation>按客户所写原文照录</translation>
    </message>
    <message>
        <source>leave empty if anonymous</source>
        <translation>匿名可不填</translation>
    </message>
    <message>
        <source>Attach scan or photo...</source>
        <translation>附上扫描件或照片...</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Box opening</source>
        <translation>开箱批次</translation>
    </message>
    <message>
        <source>Page / slip no.</source>
        <translation>页码/条号</translation>
    </message>
    <message>
        <source>Date written</source>
        <translation>填写日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>About staff member</source>
        <translation>涉及员工</translation>
    </message>
    <message>
        <source>About service</source>
        <translation>涉及业务</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+S)</source>
        <translation>保存并录入下一条 (Ctrl+S)</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（未指明）</translation>
    </message>
    <message>
        <source>(not from a box opening)</source>
        <translation>（非开箱所得）</translation>
    </message>
    <message>
        <source>Opened %1 (witness %2)</source>
        <translation>%1 开箱（见证人 %2）</translation>
    </message>
    <message>
        <source>Choose the scan or photo</source>
        <translation>选择扫描件或照片</translation>
    </message>
    <message>
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.pdf)</source>
        <translation>图片和 PDF 文件 (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.pdf)</translation>
    </message>
</context>
<context>
    <name>OpinionNames</name>
    <message>
        <source>Opinion book</source>
        <translation>意见簿</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>意见箱</translation>
    </message>
    <message>
        <source>Comment card</source>
        <translation>意见卡</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>OpinionsView</name>
    <message>
        <source>Opinion book and suggestion box</source>
        <translation>意见簿与意见箱</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>意见条目</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>意见箱</translation>
    </message>
    <message>
        <source>Daily reading</source>
        <translation>每日阅签</translation>
    </message>
    <message>
        <source>Numbers and praise</source>
        <translation>统计与表扬</translation>
    </message>
</context>
<context>
    <name>ReadingTab</name>
    <message>
        <source>The branch head, or a manager standing in, reads the opinion book every day and signs it here.</source>
        <translation>网点负责人（或代为履职的主管）每天查阅意见簿，并在此阅签。</translation>
    </message>
    <message>
        <source>I have read today&apos;s entries: sign</source>
        <translation>今日意见已阅，签字确认</translation>
    </message>
    <message>
        <source>Days in the last two weeks without a sign-off:</source>
        <translation>近两周未阅签的日期：</translation>
    </message>
    <message>
        <source>Sign the selected day</source>
        <translation>为所选日期阅签</translation>
    </message>
    <message>
        <source>Signed in the last two weeks:</source>
        <translation>近两周的阅签：</translation>
    </message>
    <message>
        <source>%1: signed by %2 on %3</source>
        <translation>%1：%2 于 %3 阅签</translation>
    </message>
    <message>
        <source>sealed: branch key %1, audit trail entry #%2</source>
        <translation>已封签：网点密钥 %1，审计记录第 %2 条</translation>
    </message>
    <message>
        <source>LATE: %1 days after the day read</source>
        <translation>补签：迟了 %1 天</translation>
    </message>
    <message>
        <source>Signed for %1. Branch key %2: it must match the key printed on the signed monthly registers.</source>
        <translation>已签 %1。网点密钥 %2：应与已签字的月度登记簿上印的密钥一致。</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Register no.</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>投诉时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>%1（首次答复）</translation>
    </message>
    <message>
        <source>[extra care]</source>
        <translation>[特殊群体客户]</translation>
    </message>
    <message>
        <source>[about staff]</source>
        <translation>[投诉员工]</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Complaint register</source>
        <translation>投诉登记簿</translation>
    </message>
    <message>
        <source>Search number, customer, phone, text... (Ctrl+F)</source>
        <translation>搜索编号、客户、电话、内容… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅看已逾期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部经办人</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>共 %n 件投诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n complaints</source>
        <translation>
            <numerusform>超过 %n 件投诉</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesView</name>
    <message>
        <source>Standard replies</source>
        <translation>标准答复手册</translation>
    </message>
    <message>
        <source>Save the booklet as PDF...</source>
        <translation>将手册保存为 PDF...</translation>
    </message>
    <message>
        <source>Agreed answers to what customers object to most often. Replies of the commonest categories come first; each use is counted.</source>
        <translation>针对客户最常提出的异议，大家商定的统一答复。最常见类别的答复排在前面；每使用一次都会计数。</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>What the customer says or wants</source>
        <translation>客户的说法或诉求</translation>
    </message>
    <message>
        <source>The answer we agreed to give</source>
        <translation>我们商定的答复口径</translation>
    </message>
    <message>
        <source>What the record and letters say, e.g. Apologised; refunded the same day.</source>
        <translation>记入记录和函件的书面表述，例如：已向客户致歉，当日退款。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情形</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>In the record</source>
        <translation>书面记录</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
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
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Reply saved.</source>
        <translation>答复已保存。</translation>
    </message>
    <message>
        <source>History of the reply</source>
        <translation>该答复的修改记录</translation>
    </message>
    <message>
        <source>Only a manager may read the audit history.</source>
        <translation>只有主管可以查看修改记录。</translation>
    </message>
    <message>
        <source>Save the booklet</source>
        <translation>保存手册</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Booklet with %1 replies saved to %2</source>
        <translation>已将含 %1 条答复的手册保存到 %2</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Monthly complaint register</source>
        <translation>月度客户投诉登记簿</translation>
    </message>
    <message>
        <source>Make the register</source>
        <translation>生成登记簿</translation>
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
        <translation>语言</translation>
    </message>
    <message>
        <source>&lt; Previous page</source>
        <translation>&lt; 上一页</translation>
    </message>
    <message>
        <source>Next page &gt;</source>
        <translation>下一页 &gt;</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>另存为 PDF...</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>导出 CSV...</translation>
    </message>
    <message>
        <source>Export Excel...</source>
        <translation>导出 Excel...</translation>
    </message>
    <message>
        <source>Full names, phone and ID numbers</source>
        <translation>完整姓名、电话和证件号码</translation>
    </message>
    <message>
        <source>Without this, names, phone and ID numbers are masked as on the register.</source>
        <translation>不勾选时，姓名、电话和证件号码按登记簿的方式部分隐藏。</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Making and printing the register is a manager&apos;s task. Your exports show names, phone and ID numbers masked.</source>
        <translation>制作和打印登记簿由主管负责。您导出的数据中，姓名、电话和证件号码会部分隐藏。</translation>
    </message>
    <message>
        <source>Returns for head office...</source>
        <translation>报送上级机构的报表...</translation>
    </message>
    <message>
        <source>Reading complaints: %v of %m</source>
        <translation>正在读取投诉：第 %v 条，共 %m 条</translation>
    </message>
    <message>
        <source>Checking the register against its audit trail</source>
        <translation>正在将登记簿与审计记录核对</translation>
    </message>
    <message>
        <source>Laying out page %1</source>
        <translation>正在排版第 %1 页</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>Register ready: %1 complaints on %2 pages.</source>
        <translation>登记簿已生成：共 %1 件投诉，%2 页。</translation>
    </message>
    <message>
        <source>The register could not be made: %1</source>
        <translation>无法生成登记簿：%1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>已将 %1 页发送到打印机。</translation>
    </message>
    <message>
        <source>Printed to %1: the register&apos;s own PDF, which verify-register can check.</source>
        <translation>已打印到 %1：这是登记簿本身的 PDF，可用 verify-register 核验。</translation>
    </message>
    <message>
        <source>Printed %1 pages to %2. Only the whole register can be checked with verify-register.</source>
        <translation>已将 %1 页打印到 %2。只有完整的登记簿才能用 verify-register 核验。</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>保存登记簿</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the month</source>
        <translation>导出该月投诉</translation>
    </message>
    <message>
        <source>Returns for head office</source>
        <translation>报送上级机构的报表</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>正在导出...</translation>
    </message>
    <message>
        <source>Returns written to %1</source>
        <translation>报表已写入 %1</translation>
    </message>
    <message>
        <source>Exported %1 complaints to %2</source>
        <translation>已将 %1 件投诉导出到 %2</translation>
    </message>
</context>
<context>
    <name>RungPanel</name>
    <message>
        <source>You can say:</source>
        <translation>您可以这样说：</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>Customer still upset: change %1 of 3</source>
        <translation>客户情绪仍未平复：第 %1 项调整（共 3 项）</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>为什么这样做：%1</translation>
    </message>
    <message>
        <source>Who takes over:</source>
        <translation>由谁接替：</translation>
    </message>
    <message>
        <source>Where you moved to:</source>
        <translation>换到了哪里：</translation>
    </message>
    <message>
        <source>When, and with which senior manager:</source>
        <translation>预约时间，以及与哪位上级主管面谈：</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>What happened (optional, can be written later)</source>
        <translation>发生了什么（选填，可稍后补写）</translation>
    </message>
    <message>
        <source>Police %1 · Ambulance %2 · Fire %3</source>
        <translation>报警 %1 · 急救 %2 · 火警 %3</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <source>Branch server</source>
        <translation>网点服务器</translation>
    </message>
    <message>
        <source>Several counter PCs share one register when it is kept on a PostgreSQL server on the branch network.</source>
        <translation>将登记簿存放在网点内部网络的 PostgreSQL 服务器上，多台柜面电脑即可共用同一本登记簿。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>使用此服务器</translation>
    </message>
    <message>
        <source>Use this PC only</source>
        <translation>仅使用本机</translation>
    </message>
    <message>
        <source>Move this PC&apos;s register to this server...</source>
        <translation>将本电脑的登记簿迁移到此服务器...</translation>
    </message>
    <message>
        <source>Now working on: the branch server %1, database %2.</source>
        <translation>当前使用：网点服务器 %1，数据库 %2。</translation>
    </message>
    <message>
        <source>Now working on: this PC&apos;s own register file.</source>
        <translation>当前使用：本电脑上的登记簿文件。</translation>
    </message>
    <message>
        <source>No credential store on this PC: the password is kept in settings.ini in the data folder. On a shared counter PC, protect the Windows account with a password of its own.</source>
        <translation>本电脑没有凭据存储：密码保存在数据文件夹的 settings.ini 中。如果是多人共用的柜面电脑，请为该 Windows 账户单独设置密码加以保护。</translation>
    </message>
    <message>
        <source>The password is still kept in settings.ini. Press Use this server to move it into this PC&apos;s credential store.</source>
        <translation>密码仍保存在 settings.ini 中。请按“使用此服务器”，把它移到本电脑的凭据存储中。</translation>
    </message>
    <message>
        <source>The password is kept in this PC&apos;s credential store (Windows Credential Manager on Windows), not in settings.ini.</source>
        <translation>密码保存在本电脑的凭据存储中（Windows 上为凭据管理器），不在 settings.ini 中。</translation>
    </message>
    <message>
        <source>Testing the connection to %1 (this takes at most %2 seconds)...</source>
        <translation>正在测试与 %1 的连接（最多需要 %2 秒）...</translation>
    </message>
    <message>
        <source>Saved. Close and start Complaint Book again to work on the branch server.</source>
        <translation>已保存。请关闭并重新启动投诉簿，之后即可使用网点服务器。</translation>
    </message>
    <message>
        <source>Saved. Close and start Complaint Book again to work on this PC&apos;s own register file.</source>
        <translation>已保存。请关闭并重新启动投诉簿，之后即改用本电脑上的登记簿文件。</translation>
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
        <translation>服务器电脑</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>New password of the branch server</source>
        <translation>网点服务器的新密码</translation>
    </message>
    <message>
        <source>Type the password the branch server now has for user %1 on %2. It is tested before this PC keeps it.</source>
        <translation>请输入网点服务器 %2 上用户 %1 现在的密码。本电脑会先测试，通过后才保存。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Test and keep</source>
        <translation>测试并保存</translation>
    </message>
    <message>
        <source>Type the new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>Testing the new password (this takes at most %1 seconds)...</source>
        <translation>正在测试新密码（最多需要 %1 秒）...</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Branch settings</source>
        <translation>网点设置</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Starts every register number, e.g. BR01-202603-0001</source>
        <translation>用作每个登记编号的开头，例如 BR01-202603-0001</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>网点代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Branch head</source>
        <translation>网点负责人</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Deadline policy</source>
        <translation>办理时限规则</translation>
    </message>
    <message>
        <source>Custom: working days</source>
        <translation>自定义：工作日数</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别方案</translation>
    </message>
    <message>
        <source>Clerks may sign in with a 6-digit PIN</source>
        <translation>柜员可使用 6 位 PIN 码登录</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>无操作多久后锁屏</translation>
    </message>
    <message>
        <source>Keep personal data (years)</source>
        <translation>个人信息保存期限（年）</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>修改...</translation>
    </message>
    <message>
        <source>Language of this PC</source>
        <translation>本机界面语言</translation>
    </message>
    <message>
        <source>Anonymise old personal data...</source>
        <translation>匿名化过期个人信息...</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>History of the settings...</source>
        <translation>设置的修改记录...</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Deactivate / reactivate selected</source>
        <translation>停用/启用所选员工</translation>
    </message>
    <message>
        <source>Set sign-in of selected...</source>
        <translation>设置所选员工的登录信息...</translation>
    </message>
    <message>
        <source>History of selected...</source>
        <translation>查看所选员工的修改记录...</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>数据与备份</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>恢复备份...</translation>
    </message>
    <message>
        <source>Second copy to folder...</source>
        <translation>另存一份到文件夹...</translation>
    </message>
    <message>
        <source>Change my sign-in...</source>
        <translation>修改我的登录信息...</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>This PC works on the branch server, so the register is backed up there with pg_dump (the README shows how). These buttons are for a register file on this PC only.</source>
        <translation>本电脑使用的是网点服务器，登记簿需在服务器上用 pg_dump 备份（方法见 README）。这些按钮仅适用于本电脑上的登记簿文件。</translation>
    </message>
    <message>
        <source>Data folder: %1
Newest backup: %2 (%3)</source>
        <translation>数据文件夹：%1
最近一次备份：%2（%3）</translation>
    </message>
    <message>
        <source>Data folder: %1
No backup yet.</source>
        <translation>数据文件夹：%1
尚无备份。</translation>
    </message>
    <message>
        <source>Each backup is also copied to %1</source>
        <translation>每份备份也会复制到 %1</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>Complaint Book backups (*.sqlite3)</source>
        <translation>投诉簿备份文件 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the register with the backup %1? Everyone signs in again afterwards; the register as it is now is backed up first.</source>
        <translation>用备份 %1 替换当前登记簿吗？之后所有人需要重新登录；当前的登记簿会先备份。</translation>
    </message>
    <message>
        <source>Folder for a second copy of each backup (e.g. a USB stick)</source>
        <translation>选择文件夹，每次备份时另存一份到此处（如 U 盘）</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Standard replies</source>
        <translation>标准答复</translation>
    </message>
    <message>
        <source>The categories are now those of: %1. Switch the standard replies to theirs too? Replies that do not fit are retired (kept, not deleted).</source>
        <translation>投诉分类已改为：%1。是否同时换成对应的标准答复？不适用的答复将停用（保留，不删除）。</translation>
    </message>
    <message>
        <source>Standard replies switched: %1 added, %2 retired.</source>
        <translation>标准答复已更换：新增 %1 条，停用 %2 条。</translation>
    </message>
    <message>
        <source>Safety exit numbers: police %1 · ambulance %2 · fire %3</source>
        <translation>紧急求助电话：报警 %1 · 急救 %2 · 火警 %3</translation>
    </message>
    <message>
        <source>(the country&apos;s)</source>
        <translation>（所在国家/地区默认）</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <translation>急救</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>火警</translation>
    </message>
    <message>
        <source>Police also on (optional)</source>
        <translation>其他报警号码（可不填）</translation>
    </message>
    <message>
        <source>Emergency numbers for the safety exit</source>
        <translation>紧急求助电话</translation>
    </message>
    <message>
        <source>The safety exit tells staff whom to call when a customer threatens or turns violent. The numbers follow the branch&apos;s country, in every language.</source>
        <translation>客户威胁或动手时，紧急求助页面告诉员工该拨打哪个电话。号码按网点所在国家/地区显示，各种语言都相同。</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>the country&apos;s default</source>
        <translation>所在国家/地区的默认值</translation>
    </message>
    <message>
        <source>Name in %1</source>
        <translation>名称（%1）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Months to refer a final response (0: none stated)</source>
        <translation>收到最终答复后可提出的期限（月；0 表示不注明）</translation>
    </message>
    <message>
        <source>We let them consider a complaint referred after their time limits</source>
        <translation>即使超过其时限，我们也同意其受理</translation>
    </message>
    <message>
        <source>Their leaflet goes with every final response</source>
        <translation>每份最终答复函均附上该机构的说明材料</translation>
    </message>
    <message>
        <source>Where the letters send an unhappy customer</source>
        <translation>函件告知不满意客户的求助机构</translation>
    </message>
    <message>
        <source>Every letter to a customer says whom they may turn to if they are unhappy with our answer: the ombudsman or the regulator&apos;s hotline of the branch&apos;s country. The name is printed in the language of the letter.</source>
        <translation>每份致客户的函件都会写明：客户对我们的答复不满意时，可以向谁求助，即本网点所在国家/地区的申诉机构或监管机构热线。名称按函件语言打印。</translation>
    </message>
    <message>
        <source>Country default</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Staff member added.</source>
        <translation>已添加员工。</translation>
    </message>
    <message>
        <source>History of the branch settings</source>
        <translation>网点设置的修改记录</translation>
    </message>
    <message>
        <source>Select a staff member first.</source>
        <translation>请先选择一名员工。</translation>
    </message>
    <message>
        <source>Only a manager may read the audit history.</source>
        <translation>只有主管可以查看修改记录。</translation>
    </message>
    <message>
        <source>Sets the public holidays, the currency, the deadline policy and the emergency numbers</source>
        <translation>决定法定节假日、币种、时限规定和紧急电话</translation>
    </message>
    <message>
        <source>Letters refer customers to: not set (no default is known for this country), so no letter can be printed.</source>
        <translation>函件告知客户可求助于：未设置（本国家/地区没有默认值），因此无法打印函件。</translation>
    </message>
    <message>
        <source>Letters refer customers to: %1</source>
        <translation>函件告知客户可求助于：%1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
    <message>
        <source>No closed complaint is older than the retention period with personal data left.</source>
        <translation>没有超过保存期限且仍含个人信息的已办结投诉。</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <source>Anonymise personal data</source>
        <translation>个人信息匿名化</translation>
    </message>
    <message>
        <source>Anonymised %1 complaint(s).</source>
        <translation>已对 %1 件投诉进行匿名化处理。</translation>
    </message>
    <message>
        <source>Names, phone numbers, ID numbers and care notes of these %1 closed complaint(s) will be removed. Counts and statistics stay. This cannot be undone.</source>
        <translation>将删除以下 %1 件已办结投诉中的姓名、电话、证件号和关爱说明。投诉数量和统计数据仍会保留。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Sign-in of %1</source>
        <translation>%1 的登录信息</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>New password (empty: keep)</source>
        <translation>新密码（留空则不修改）</translation>
    </message>
    <message>
        <source>New 6-digit PIN (clerks; empty: keep)</source>
        <translation>新的 6 位 PIN 码（仅限柜员；留空则不修改）</translation>
    </message>
    <message>
        <source>Also lift a lockout</source>
        <translation>同时解除锁定</translation>
    </message>
    <message>
        <source>Passwords are stored only as Argon2id hashes; nobody can read them back.</source>
        <translation>密码仅以 Argon2id 哈希值保存，任何人都无法查看原密码。</translation>
    </message>
    <message>
        <source>Sign-in saved.</source>
        <translation>登录信息已保存。</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Welcome: set up your branch</source>
        <translation>欢迎使用：请设置您的网点</translation>
    </message>
    <message>
        <source>This takes a minute. You become the first manager and can add staff afterwards.</source>
        <translation>只需一分钟。您将成为第一位主管，之后可再添加员工。</translation>
    </message>
    <message>
        <source>Clerks may sign in with a 6-digit PIN</source>
        <translation>柜员可使用 6 位 PIN 码登录</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>网点代码</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Kind of business</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Deadline policy</source>
        <translation>办理时限规则</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Set up and sign in</source>
        <translation>完成设置并登录</translation>
    </message>
    <message>
        <source>Currency %1; public holidays of %2;</source>
        <translation>币种 %1；%2的法定节假日；</translation>
    </message>
    <message>
        <source>categories and standard replies of: %1.</source>
        <translation>%1的投诉分类和标准答复。</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Complaint Book</source>
        <translation>投诉簿</translation>
    </message>
    <message>
        <source>password, or PIN if allowed</source>
        <translation>密码，或 PIN 码（如已开通）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>密码或 PIN 码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Open a root-cause task...</source>
        <translation>开立根本原因排查任务...</translation>
    </message>
    <message>
        <source>Possibly the same problem: %1</source>
        <translation>可能是同一问题：%1 件</translation>
    </message>
    <message>
        <source>No other complaint of the 30 days before it in its category or with its words.</source>
        <translation>此前 30 天内没有同类别或内容相近的其他投诉。</translation>
    </message>
    <message>
        <source>Its scope is a group of customers (line).</source>
        <translation>影响范围为一类客户（线）。</translation>
    </message>
    <message>
        <source>Its scope is all customers (plane).</source>
        <translation>影响范围为全部客户（面）。</translation>
    </message>
    <message>
        <source>%1 complaints alike within 7 days.</source>
        <translation>7 天内同类投诉 %1 件。</translation>
    </message>
    <message>
        <source>%1 Open a root-cause task linking these complaints?</source>
        <translation>%1 是否开立根本原因排查任务，关联这些投诉？</translation>
    </message>
    <message>
        <source>%1 A manager is asked to open a root-cause task.</source>
        <translation>%1 需由主管开立根本原因排查任务。</translation>
    </message>
    <message>
        <source>Root-cause task #%1, opened by %2 on %3: %4 complaints linked.</source>
        <translation>根本原因排查任务 #%1，由 %2 于 %3 开立：关联投诉 %4 件。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>The customer&apos;s slip was sent to the printer.</source>
        <translation>客户回执已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>You can say:</source>
        <translation>您可以这样说：</translation>
    </message>
    <message>
        <source>Standard replies for this kind of complaint (double-click to use):</source>
        <translation>此类投诉的标准答复（双击即可使用）：</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>为什么这样做：%1</translation>
    </message>
</context>
<context>
    <name>actor</name>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>first start</source>
        <translation>首次设置</translation>
    </message>
    <message>
        <source>schema upgrade</source>
        <translation>软件升级</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>recovery of lost changes</source>
        <translation>找回丢失的改动</translation>
    </message>
    <message>
        <source>damage recovery</source>
        <translation>文件损坏后的恢复</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>check_words</name>
    <message>
        <source>the register file is damaged</source>
        <translation>登记簿文件已损坏</translation>
    </message>
    <message>
        <source>the audit trail was altered behind the app</source>
        <translation>审计记录在应用之外被改动</translation>
    </message>
    <message>
        <source>a record was added behind the app</source>
        <translation>有记录在应用之外被添加</translation>
    </message>
    <message>
        <source>a record was deleted behind the app</source>
        <translation>有记录在应用之外被删除</translation>
    </message>
    <message>
        <source>a record was changed behind the app</source>
        <translation>有记录在应用之外被改动</translation>
    </message>
    <message>
        <source>register numbers do not add up: complaints were removed behind the app</source>
        <translation>登记编号对不上：有投诉在应用之外被删除</translation>
    </message>
    <message>
        <source>a signing key was added behind the app</source>
        <translation>有签名密钥在应用之外被添加</translation>
    </message>
    <message>
        <source>an audit entry&apos;s signature does not hold</source>
        <translation>某条审计记录的签名不成立</translation>
    </message>
    <message>
        <source>an opinion-book sign-off&apos;s seal does not hold</source>
        <translation>意见簿某次签阅的封印不成立</translation>
    </message>
    <message>
        <source>a backup shows the register was changed since</source>
        <translation>某个备份显示登记簿此后被改动过</translation>
    </message>
    <message>
        <source>an audit entry claims an upgrade no one sealed</source>
        <translation>有审计记录自称来自升级，但没有主管封存过</translation>
    </message>
    <message>
        <source>a problem the command check describes</source>
        <translation>check 命令所述的问题</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Only a manager may change the branch settings.</source>
        <translation>只有主管可以修改网点设置。</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>请输入 {low} 至 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>Branch code must be 1-16 letters or digits (it starts every register number).</source>
        <translation>网点代码须为 1 至 16 位字母或数字（用作每个登记编号的开头）。</translation>
    </message>
    <message>
        <source>The branch needs a name.</source>
        <translation>请填写网点名称。</translation>
    </message>
    <message>
        <source>Currency is a three-letter code such as CNY, VND or GBP.</source>
        <translation>币种须为三位字母代码，如 CNY、VND 或 GBP。</translation>
    </message>
    <message>
        <source>Unknown deadline policy {value}.</source>
        <translation>无法识别的办理时限规则：{value}。</translation>
    </message>
    <message>
        <source>Unknown category preset {value}.</source>
        <translation>无法识别的类别方案：{value}。</translation>
    </message>
    <message>
        <source>{name} is a name Windows keeps for a device, so no folder can have it; choose another folder.</source>
        <translation>{name} 是 Windows 保留给设备的名称，任何文件夹都不能使用；请换一个文件夹。</translation>
    </message>
    <message>
        <source>Only a manager may add staff.</source>
        <translation>只有主管可以添加员工。</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name.</source>
        <translation>请输入员工姓名。</translation>
    </message>
    <message>
        <source>Role must be clerk or manager.</source>
        <translation>角色须为柜员（clerk）或主管（manager）。</translation>
    </message>
    <message>
        <source>Only a manager may change staff accounts.</source>
        <translation>只有主管可以修改员工账户。</translation>
    </message>
    <message>
        <source>{name} is the branch&apos;s last active manager and cannot be switched off: add another manager first.</source>
        <translation>{name} 是本网点最后一位在职主管，不能停用：请先添加另一位主管。</translation>
    </message>
    <message>
        <source>Only a manager may change the emergency numbers.</source>
        <translation>只有主管可以修改紧急电话。</translation>
    </message>
    <message>
        <source>No staff member #{id}.</source>
        <translation>找不到员工 #{id}。</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>A PIN is exactly six digits.</source>
        <translation>PIN 码须为 6 位数字。</translation>
    </message>
    <message>
        <source>Only a manager may set another person&apos;s sign-in.</source>
        <translation>只有主管可以设置他人的登录信息。</translation>
    </message>
    <message>
        <source>A user name is 2-40 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名须为 2 至 40 位，只能包含字母、数字、点（.）、连字符（-）或下划线（_）。</translation>
    </message>
    <message>
        <source>That user name is already taken.</source>
        <translation>该用户名已被使用。</translation>
    </message>
    <message>
        <source>PINs are allowed only for clerks, when a manager has switched them on.</source>
        <translation>只有柜员可以使用 PIN 码登录，且须由主管开启此功能。</translation>
    </message>
    <message>
        <source>Only a manager may reset an account.</source>
        <translation>只有主管可以重置账户。</translation>
    </message>
    <message>
        <source>Too many wrong attempts: this account is locked for {minutes} more minute(s), or until a manager resets it.</source>
        <translation>错误次数过多，账户已锁定：{minutes} 分钟后自动解锁，或由主管重置后解锁。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This register already belongs to a branch; sign in as one of its managers.</source>
        <translation>此登记簿已属于一个网点；请以该网点的主管身份登录。</translation>
    </message>
    <message>
        <source>Write a one-line summary of the complaint.</source>
        <translation>请用一句话概括投诉内容。</translation>
    </message>
    <message>
        <source>Ask the customer what outcome they want, and write it down.</source>
        <translation>请询问客户希望得到什么结果，并如实记录。</translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces and + - ( ) . /</source>
        <translation>电话号码只能包含数字、空格和 + - ( ) . /</translation>
    </message>
    <message>
        <source>The received time is in the future; check the date and time.</source>
        <translation>投诉时间晚于当前时间，请检查日期和时间。</translation>
    </message>
    <message>
        <source>The promised completion time is before the complaint was received.</source>
        <translation>承诺完成时间早于投诉时间，请检查。</translation>
    </message>
    <message>
        <source>Choose the channel.</source>
        <translation>请选择渠道。</translation>
    </message>
    <message>
        <source>Choose the scope.</source>
        <translation>请选择范围。</translation>
    </message>
    <message>
        <source>Choose the severity.</source>
        <translation>请选择严重程度。</translation>
    </message>
    <message>
        <source>Unknown code {value}.</source>
        <translation>无法识别的代码：{value}。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>Unknown category {value}.</source>
        <translation>无法识别的类别：{value}。</translation>
    </message>
    <message>
        <source>Unknown cause {value}.</source>
        <translation>无法识别的原因：{value}。</translation>
    </message>
    <message>
        <source>The handler cannot be the staff member the complaint is about; choose someone else.</source>
        <translation>经办人不能是被投诉的员工，请另选他人。</translation>
    </message>
    <message>
        <source>Register number {value} is not CODE-YYYYMM-NNNN.</source>
        <translation>登记编号 {value} 格式不正确，应为 CODE-YYYYMM-NNNN（网点代码-年月-序号）。</translation>
    </message>
    <message>
        <source>Only a manager may assign a complaint to someone else; a complaint you record is yours to work on.</source>
        <translation>只有主管可以把投诉交给他人；您登记的投诉由您本人经办。</translation>
    </message>
    <message>
        <source>No complaint #{id}.</source>
        <translation>找不到投诉 #{id}。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is assigned to someone else; only its handler or a manager may work on it.</source>
        <translation>投诉 {register_no} 已指派给他人；只有其经办人或主管可以处理。</translation>
    </message>
    <message>
        <source>Complaint {register_no} was changed by {who} at {when}, after you opened it, so your change was not saved. What you entered is kept: look at their change, then save again.</source>
        <translation>在您打开投诉 {register_no} 之后，{who} 于 {when} 修改了该投诉，因此您的修改未保存。您填写的内容仍然保留：请先查看对方的修改，然后再次保存。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is about you, so you may read it but not act on it: another manager must handle it.</source>
        <translation>投诉 {register_no} 涉及您本人：您可以查看，但不能办理，须由其他主管处理。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is about you, so you may read it but not act on it: a manager must handle it.</source>
        <translation>投诉 {register_no} 涉及您本人：您可以查看，但不能办理，须由主管处理。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is about you, so you may read it but not act on it. You are the branch&apos;s only manager: ask head office to handle it.</source>
        <translation>投诉 {register_no} 涉及您本人：您可以查看，但不能办理。您是本网点唯一的主管：请提交上级机构处理。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; reopen it before editing.</source>
        <translation>投诉 {register_no} 当前状态为“{status}”，请先重新打开再编辑。</translation>
    </message>
    <message>
        <source>The received date cannot move to another month: the register number belongs to its month. Void this entry with a reason and record it again.</source>
        <translation>投诉日期不能改到其他月份：登记编号按月编排。请填写理由作废此条目，再重新登记。</translation>
    </message>
    <message>
        <source>Only a manager may change whom complaint {register_no} is about.</source>
        <translation>只有主管可以更改投诉 {register_no} 所涉及的人员。</translation>
    </message>
    <message>
        <source>Unsupported database address {url}: use sqlite:///PATH or postgresql://...</source>
        <translation>不支持的数据库地址 {url}：请使用 sqlite:///PATH 或 postgresql://...</translation>
    </message>
    <message>
        <source>The connection to the branch server was lost, so nothing was saved. What you typed is still here: save again in a moment. If this keeps happening, check the network cable and that the branch server is switched on.</source>
        <translation>与网点服务器的连接已断开，未能保存任何内容。您填写的内容仍然保留：请稍后再次保存。如果反复出现此问题，请检查网线是否接好、网点服务器是否已开机。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space (or ask for help), then save again: what you typed is still here.</source>
        <translation>磁盘已满，未能保存任何内容。请腾出一些空间（或找人帮忙），然后再次保存：您填写的内容仍然保留。</translation>
    </message>
    <message>
        <source>The register is open read-only here, so nothing can be saved on this PC.</source>
        <translation>登记簿在此处以只读方式打开，因此无法在本电脑上保存任何内容。</translation>
    </message>
    <message>
        <source>The register is busy: another program is writing to it. Nothing was saved; wait a moment and save again.</source>
        <translation>数据库忙：另一个程序正在写入登记簿。未保存任何内容，请稍等片刻后再次保存。</translation>
    </message>
    <message>
        <source>The disk that holds the register reported an error, so nothing was saved; what you typed is still here. Check that the disk or USB drive is connected, then save again. If it happens again, ask for help before going on.</source>
        <translation>存放登记簿的磁盘报告了错误，未能保存任何内容；您填写的内容仍然保留。请检查磁盘或 U 盘是否已连接好，然后再次保存。如果再次出现，请先找人帮忙再继续。</translation>
    </message>
    <message>
        <source>The register file is damaged, so nothing was saved; what you typed is still here. Close Complaint Book and start it again: the damaged file is moved aside untouched and the newest good backup is offered.</source>
        <translation>登记簿文件已损坏，未能保存任何内容；您填写的内容仍然保留。请关闭投诉簿并重新启动：损坏的文件会原样移开存放，程序会提示恢复最近一份完好的备份。</translation>
    </message>
    <message>
        <source>No public holiday calendar is known for country code {value}.</source>
        <translation>没有国家或地区代码 {value} 对应的法定节假日日历。</translation>
    </message>
    <message>
        <source>{column} is empty.</source>
        <translation>{column} 为空，请填写。</translation>
    </message>
    <message>
        <source>{column} is {length:,} characters long; the limit is {limit:,}.</source>
        <translation>{column} 长 {length:,} 个字符；上限为 {limit:,}。</translation>
    </message>
    <message>
        <source>{column}: {value} is unknown.</source>
        <translation>{column}：无法识别 {value}。</translation>
    </message>
    <message>
        <source>{column}: {value} is not a date and time. Write it as 2026-03-25 14:30, or as Excel writes dates for this branch: {example}.</source>
        <translation>{column}：{value} 不是日期时间。请写成 2026-03-25 14:30，或按本网点 Excel 的日期格式：{example}。</translation>
    </message>
    <message>
        <source>{column}: {value} could be day/month or month/day. Dates here are written year first: write it as {example} or 2026-03-25 14:30.</source>
        <translation>{column}：{value} 可能是“日/月”也可能是“月/日”。本地日期以年份开头：请写成 {example} 或 2026-03-25 14:30。</translation>
    </message>
    <message>
        <source>{column}: {value} has a two-digit year; write the year in full, as in {example}.</source>
        <translation>{column}：{value} 的年份只有两位；请写完整年份，例如 {example}。</translation>
    </message>
    <message>
        <source>{column}: {value} is a long number that Excel turned into scientific notation, and its last digits are lost. In Excel, format the column as Text (select the column, Format Cells, Text), type or paste the numbers again, and save the sheet as CSV again.</source>
        <translation>{column}：{value} 是被 Excel 转成科学计数法的长数字，末几位已经丢失。请在 Excel 中把该列设为文本格式（选中该列，设置单元格格式，文本），重新输入或粘贴号码，再另存为 CSV。</translation>
    </message>
    <message>
        <source>{column}: {value} is not yes or no.</source>
        <translation>{column}：{value} 应为 yes 或 no。</translation>
    </message>
    <message>
        <source>{column}: {value} is unknown; use one of {allowed}.</source>
        <translation>{column}：无法识别 {value}，请使用以下值之一：{allowed}。</translation>
    </message>
    <message>
        <source>satisfaction must be 1 to 5.</source>
        <translation>satisfaction（满意度）须为 1 至 5。</translation>
    </message>
    <message>
        <source>extension_level must be a number.</source>
        <translation>extension_level 须为数字。</translation>
    </message>
    <message>
        <source>Register number {value} belongs to branch {code}; this register is branch {own}&apos;s. Leave register_no empty to number the row here.</source>
        <translation>登记编号 {value} 属于网点 {code}；本登记簿属于网点 {own}。请将 register_no 留空，由本登记簿为该行编号。</translation>
    </message>
    <message>
        <source>Register number {value} is not in the month it was received.</source>
        <translation>登记编号 {value} 与投诉时间所在月份不符。</translation>
    </message>
    <message>
        <source>Register number {value} is already in the register.</source>
        <translation>登记编号 {value} 已在登记簿中，不能重复。</translation>
    </message>
    <message>
        <source>A closed complaint needs closed_at.</source>
        <translation>已办结的投诉须填写 closed_at（办结时间）。</translation>
    </message>
    <message>
        <source>A void entry needs void_reason.</source>
        <translation>已作废的条目须填写 void_reason（作废原因）。</translation>
    </message>
    <message>
        <source>A resolved or closed complaint needs a resolution.</source>
        <translation>已处理完毕或已办结的投诉须填写处理结果。</translation>
    </message>
    <message>
        <source>Only a manager may import complaints.</source>
        <translation>只有主管可以导入投诉。</translation>
    </message>
    <message>
        <source>{file} may be in {likely}: each reads it as different text and it holds too little to tell which is right, so nothing was imported rather than guessed. In Excel, save it again as &quot;CSV UTF-8 (Comma delimited)&quot; (File, Save As, Save as type) and import that file.</source>
        <translation>{file} 可能是 {likely} 编码：按每种编码读出的文字都不同，而文件内容太少，无法判断哪种正确，因此没有导入任何内容，而不是猜测。请在 Excel 中将其另存为“CSV UTF-8 (逗号分隔)”（文件、另存为、保存类型），然后导入该文件。</translation>
    </message>
    <message>
        <source>{file} is not text in an encoding Complaint Book reads ({accepted}), so nothing was imported. In Excel, save it again as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>{file} 不是投诉簿能读取的编码文本（{accepted}），因此没有导入任何内容。请在 Excel 中将其另存为“CSV UTF-8 (逗号分隔)”。</translation>
    </message>
    <message>
        <source>{file}, line {line}: a field is far too long or not closed by its quote mark (no field of the register holds more than {limit:,} characters). Nothing was imported.</source>
        <translation>{file} 第 {line} 行：某个字段过长，或缺少结束引号（登记簿的任何字段都不超过 {limit:,} 个字符）。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The disk that holds the register is full, so nothing was imported: the register is as it was. Free some space on that disk (or ask for help), then import again.</source>
        <translation>存放登记簿的磁盘已满，因此没有导入任何内容：登记簿保持原样。请在该磁盘上腾出一些空间（或找人帮忙），然后再次导入。</translation>
    </message>
    <message>
        <source>The register cannot be written on this PC (the file or its folder is read-only), so nothing was imported.</source>
        <translation>本电脑无法写入登记簿（文件或其所在文件夹为只读），因此没有导入任何内容。</translation>
    </message>
    <message>
        <source>The register is busy: another program is writing to it. Nothing was imported; import again in a moment.</source>
        <translation>登记簿正忙：另一个程序正在写入。没有导入任何内容；请稍后再次导入。</translation>
    </message>
    <message>
        <source>The disk that holds the register reported an error, so nothing was imported. Check that the disk or USB drive is connected, then import again.</source>
        <translation>存放登记簿的磁盘报告了错误，因此没有导入任何内容。请检查磁盘或 U 盘是否已连接好，然后再次导入。</translation>
    </message>
    <message>
        <source>A scan must be a picture (PNG, JPEG...) or a PDF, not {suffix}.</source>
        <translation>扫描件须为图片（PNG、JPEG 等）或 PDF 文件，不支持 {suffix} 格式。</translation>
    </message>
    <message>
        <source>The scan is larger than 25 MB; scan at a lower resolution.</source>
        <translation>扫描件超过 25 MB，请调低分辨率后重新扫描。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{file} lacks the column(s) {missing}; the first line must name the columns as the README lists them.</source>
        <translation>{file} 缺少以下列：{missing}。第一行须按 README 所列写明各列名称。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; only a newly received complaint is acknowledged.</source>
        <translation>投诉 {register_no} 当前状态为“{status}”；只有新收到的投诉才能告知受理。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; acknowledge it before investigating.</source>
        <translation>投诉 {register_no} 当前状态为“{status}”；请先告知受理，再开始调查处理。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; only a complaint under investigation is resolved.</source>
        <translation>投诉 {register_no} 当前状态为“{status}”；只有调查处理中的投诉才能处理完毕。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; this needs a resolved complaint.</source>
        <translation>投诉 {register_no} 当前状态为“{status}”；此操作仅适用于已处理完毕的投诉。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; only a resolved or closed complaint is reopened.</source>
        <translation>投诉 {register_no} 当前状态为“{status}”；只有已处理完毕或已办结的投诉才能重新打开。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; this is possible only while it is open.</source>
        <translation>投诉 {register_no} 当前状态为“{status}”；此操作只能在投诉未办结时进行。</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>请填写理由。</translation>
    </message>
    <message>
        <source>{value} is not an amount of money.</source>
        <translation>{value} 不是有效的金额。</translation>
    </message>
    <message>
        <source>Compensation must be zero or a positive amount.</source>
        <translation>补偿金额须为零或正数。</translation>
    </message>
    <message>
        <source>Choose whether the complaint was upheld.</source>
        <translation>请选择投诉是否成立。</translation>
    </message>
    <message>
        <source>Describe what was done for the customer.</source>
        <translation>请说明为客户做了哪些处理。</translation>
    </message>
    <message>
        <source>Choose a cause from the list.</source>
        <translation>请从列表中选择原因。</translation>
    </message>
    <message>
        <source>Choose the cause of complaint {register_no} before resolving it: this branch&apos;s complaint figures are counted by cause.</source>
        <translation>请先选择投诉 {register_no} 的原因，再处理完毕：本网点的投诉统计按原因分类。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; only a resolved complaint&apos;s resolution is corrected. Reopen a closed complaint to change it.</source>
        <translation>投诉 {register_no} 当前为 {status}；只有处理完毕的投诉可以更正处理结果。已办结的投诉请先重新打开。</translation>
    </message>
    <message>
        <source>Choose how satisfied the customer said they were, from 1 to 5.</source>
        <translation>请选择客户回答的满意度（1 至 5）。</translation>
    </message>
    <message>
        <source>A complaint can be closed only once it has a resolution.</source>
        <translation>投诉须有处理结果后才能办结。</translation>
    </message>
    <message>
        <source>Record the root cause before closing: it is what the branch learns from.</source>
        <translation>办结前请填写根本原因：这是网点改进服务的依据。</translation>
    </message>
    <message>
        <source>The follow-up call has not been recorded. Record it, or have a manager waive it.</source>
        <translation>尚未登记回访。请登记回访，或由主管免除回访。</translation>
    </message>
    <message>
        <source>Only a manager may waive the follow-up call.</source>
        <translation>只有主管可以免除回访。</translation>
    </message>
    <message>
        <source>Only a manager may void a complaint.</source>
        <translation>只有主管可以作废投诉。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is already void.</source>
        <translation>投诉 {register_no} 已作废。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is closed: only a mistaken entry that is still open can be voided. Reopen it first if it really was a mistake.</source>
        <translation>投诉 {register_no} 已办结：只有仍在办理中的误录条目才能作废。如确属误录，请先重新打开。</translation>
    </message>
    <message>
        <source>Only a manager may reopen a complaint.</source>
        <translation>只有主管可以重新打开投诉。</translation>
    </message>
    <message>
        <source>The reply was due on {due}, so it is already late: more time can only be asked for before the due date. Reply to the customer as soon as you can; the register counts it as late.</source>
        <translation>答复期限是 {due}，这件投诉已经逾期：只能在答复期限之前申请延期。请尽快答复客户；登记簿会将其计为逾期。</translation>
    </message>
    <message>
        <source>More time has already been asked for; a manager must approve it first.</source>
        <translation>已申请过延期，须先由主管批准。</translation>
    </message>
    <message>
        <source>Only a manager may approve a deadline extension.</source>
        <translation>只有主管可以批准延长办理时限。</translation>
    </message>
    <message>
        <source>Nobody has asked for more time on this complaint yet.</source>
        <translation>此投诉尚无人申请延期。</translation>
    </message>
    <message>
        <source>You asked for this extension yourself; another manager must approve it.</source>
        <translation>此延期由您本人申请，须由另一位主管批准。</translation>
    </message>
    <message>
        <source>No further extension is allowed under this branch&apos;s deadline policy.</source>
        <translation>按本网点的办理时限规则，不能再延期。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>备注为空，请填写内容。</translation>
    </message>
    <message>
        <source>Choose how the customer was contacted.</source>
        <translation>请选择联系客户的方式。</translation>
    </message>
    <message>
        <source>Choose the result of the contact attempt.</source>
        <translation>请选择联系结果。</translation>
    </message>
    <message>
        <source>Only a manager may assign or reassign a complaint.</source>
        <translation>只有主管可以指派或重新指派投诉。</translation>
    </message>
    <message>
        <source>Choose an active staff member as handler.</source>
        <translation>请选择一名在岗员工作为经办人。</translation>
    </message>
    <message>
        <source>The handler cannot be the staff member the complaint is about.</source>
        <translation>经办人不能是被投诉的员工。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Complaint Book (schema {found}; this app knows up to {known}). Install the newer version to open it.</source>
        <translation>此数据库由较新版本的投诉簿写入（数据结构版本 {found}，本程序最高支持 {known}）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>The register needs an upgrade for this version of Complaint Book, and a copy of it is made first; the copy could not be made ({reason}). Nothing was changed. Free some space on the disk that holds the register (the copy is as big as the register) and start again.</source>
        <translation>此版本的投诉簿需要升级登记簿，升级前会先复制一份；这份副本未能生成（{reason}）。没有做任何改动。请在存放登记簿的磁盘上腾出一些空间（副本与登记簿一样大），然后重新启动。</translation>
    </message>
    <message>
        <source>The disk filled up while the register was being upgraded, so the upgrade was undone and nothing was changed. Free some space on the disk that holds the register and start again.</source>
        <translation>升级登记簿时磁盘已满，因此升级已撤销，没有做任何改动。请在存放登记簿的磁盘上腾出一些空间，然后重新启动。</translation>
    </message>
    <message>
        <source>The register file {file} is damaged ({detail}).</source>
        <translation>登记簿文件 {file} 已损坏（{detail}）。</translation>
    </message>
    <message>
        <source>The register file {file} is empty (0 bytes).</source>
        <translation>登记簿文件 {file} 是空的（0 字节）。</translation>
    </message>
    <message>
        <source>The register file {file} is cut short: it holds {size} bytes of its {expected}.</source>
        <translation>登记簿文件 {file} 被截短了：只有 {size} 字节，应有 {expected} 字节。</translation>
    </message>
    <message>
        <source>The register file {file} is cut short ({size} bytes): its end is missing.</source>
        <translation>登记簿文件 {file} 被截短了（{size} 字节）：结尾部分缺失。</translation>
    </message>
    <message>
        <source>The register file {file} is not a database: its first bytes are not SQLite&apos;s.</source>
        <translation>登记簿文件 {file} 不是数据库：文件开头不是 SQLite 的格式。</translation>
    </message>
    <message>
        <source>The register file {file} is a database of some other program, not a complaint register.</source>
        <translation>登记簿文件 {file} 是其他程序的数据库，不是投诉登记簿。</translation>
    </message>
    <message>
        <source>The register file {file} is not there, though this folder has held a register (its backups or a copy moved aside are still here). A new, empty register is not started in its place.</source>
        <translation>登记簿文件 {file} 不在了，但这个文件夹曾经存放过登记簿（它的备份或移开存放的文件仍在这里）。程序不会用一本新的空登记簿来代替它。</translation>
    </message>
    <message>
        <source>The register file {file} has lost its newest changes: this PC last saw {seen} entries in its audit trail, the newest made at {seen_at}, but the file holds {found}, the newest made at {found_at}. Those changes are not in it (the file was put back from an older copy, or its journal was lost in a crash).</source>
        <translation>登记簿文件 {file} 丢失了最新的改动：本电脑上次看到其审计记录中有 {seen} 条，最新一条记于 {seen_at}；但该文件只有 {found} 条，最新一条记于 {found_at}。中间的改动不在文件中（文件被一份较旧的副本替换了，或其日志文件在崩溃时丢失）。</translation>
    </message>
    <message>
        <source>The disk that holds the register ({where}) is full, so the register cannot be opened for work. Nothing in it was changed. Free some space on that disk (or ask for help), then start again.</source>
        <translation>存放登记簿的磁盘（{where}）已满，因此无法打开登记簿工作。登记簿中没有任何改动。请在该磁盘上腾出一些空间（或找人帮忙），然后重新启动。</translation>
    </message>
    <message>
        <source>The register at {where} is locked by another program (a backup or sync tool, or another copy of Complaint Book). Close it, wait a moment and start again.</source>
        <translation>{where} 的登记簿被另一个程序锁定（备份或同步工具，或另一个投诉簿）。请关闭该程序，稍等片刻后重新启动。</translation>
    </message>
    <message>
        <source>The branch server {where} refused user name {user} with the password this PC keeps. If the server&apos;s password was changed, type the new one here; else check the user name and database name in Settings.</source>
        <translation>网点服务器 {where} 拒绝了用户名 {user} 和本电脑保存的密码。如果服务器密码已更改，请在此输入新密码；否则请在设置中检查用户名和数据库名。</translation>
    </message>
    <message>
        <source>The disk that holds the register ({where}) reported an error when the register was opened. Nothing in it was changed. Check that the disk or USB drive is connected and start again; if it happens again, ask for help before going on.</source>
        <translation>打开登记簿时，存放登记簿的磁盘（{where}）报告了错误。登记簿中没有任何改动。请检查磁盘或 U 盘是否已连接好，然后重新启动；如果再次出现，请先找人帮忙再继续。</translation>
    </message>
    <message>
        <source>There is no register in {folder}: nothing was read and nothing was made. Start Complaint Book to set one up (or run {command} setup), or name the register with --db.</source>
        <translation>{folder} 中没有登记簿：没有读取任何内容，也没有新建任何内容。请启动投诉簿进行设置（或运行 {command} setup），或用 --db 指定登记簿。</translation>
    </message>
    <message>
        <source>No register can be made in {where}: this PC may not write in that folder. Choose a folder you may write to, or ask for the right to.</source>
        <translation>无法在 {where} 中新建登记簿：本电脑无权写入该文件夹。请选择有写入权限的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <source>Cannot reach the branch server at {where}. Check the network cable and that the server is switched on, then start Complaint Book again.</source>
        <translation>无法连接位于 {where} 的网点服务器。请检查网线是否接好、服务器是否已开机，然后重新启动投诉簿。</translation>
    </message>
    <message>
        <source>The damaged register file {file} could not be moved aside ({reason}). Close every program that may have it open (another Complaint Book, a backup or sync tool) and start again; nothing was written to it.</source>
        <translation>无法将损坏的登记簿文件 {file} 移开（{reason}）。请关闭所有可能打开了它的程序（另一个投诉簿、备份或同步工具），然后重新启动；没有向该文件写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot open the database at {where}: {reason}</source>
        <translation>无法打开数据库 {where}：{reason}</translation>
    </message>
    <message>
        <source>This text is {length:,} characters long; the limit is {limit:,}. Shorten it and save again.</source>
        <translation>此内容共 {length:,} 个字，上限为 {limit:,} 个字。请删减后再保存。</translation>
    </message>
    <message>
        <source>The checklist file has {count} problem(s):
{problems}</source>
        <translation>柜面安抚指引文件有 {count} 处问题：
{problems}</translation>
    </message>
    <message>
        <source>Only a manager may import a checklist.</source>
        <translation>只有主管可以导入柜面安抚指引。</translation>
    </message>
    <message>
        <source>No checklist run #{id}.</source>
        <translation>找不到安抚指引记录 #{id}。</translation>
    </message>
    <message>
        <source>This checklist run has already ended.</source>
        <translation>此安抚指引记录已经结束。</translation>
    </message>
    <message>
        <source>Enter the date and time you promised.</source>
        <translation>请填写您向客户承诺的日期和时间。</translation>
    </message>
    <message>
        <source>The promised time is already in the past.</source>
        <translation>承诺的时间已经过去，请重新填写。</translation>
    </message>
    <message>
        <source>Write down the customer&apos;s answer, or skip the step.</source>
        <translation>请记下客户的回答，或跳过此步骤。</translation>
    </message>
    <message>
        <source>All three changes have been tried; book the appointment or use the safety exit.</source>
        <translation>三换（换人、换地方、换时间）均已尝试；请完成预约，或启动紧急求助。</translation>
    </message>
    <message>
        <source>Choose the colleague who takes over.</source>
        <translation>请选择接替接待的同事。</translation>
    </message>
    <message>
        <source>Write where you moved to.</source>
        <translation>请填写换到的地点。</translation>
    </message>
    <message>
        <source>Choose the senior manager the customer will meet.</source>
        <translation>请选择与客户面谈的上级主管。</translation>
    </message>
    <message>
        <source>Choose a date and time in the future.</source>
        <translation>请选择一个晚于当前的日期和时间。</translation>
    </message>
    <message>
        <source>A practice run is not attached to a complaint. Start the guide with F2 when a customer is really at the counter.</source>
        <translation>练习用的安抚指引记录不能关联到投诉。顾客真正在柜台时，请按 F2 打开指引。</translation>
    </message>
    <message>
        <source>This run already belongs to another complaint.</source>
        <translation>此安抚指引记录已关联到其他投诉。</translation>
    </message>
    <message>
        <source>Write the reply&apos;s title and text.</source>
        <translation>请填写答复的情形和答复内容。</translation>
    </message>
    <message>
        <source>Only a manager may change the standard replies.</source>
        <translation>只有主管可以修改标准答复。</translation>
    </message>
    <message>
        <source>No standard reply #{id}.</source>
        <translation>找不到标准答复 #{id}。</translation>
    </message>
    <message>
        <source>Choose where the entry comes from.</source>
        <translation>请选择这条意见的来源。</translation>
    </message>
    <message>
        <source>Choose the kind: praise, suggestion, question or complaint.</source>
        <translation>请选择类型：表扬、建议、咨询或投诉。</translation>
    </message>
    <message>
        <source>Copy the customer&apos;s words into the text.</source>
        <translation>请将客户的原话录入“内容”栏。</translation>
    </message>
    <message>
        <source>The date written is in the future; check it.</source>
        <translation>填写日期晚于今天，请检查。</translation>
    </message>
    <message>
        <source>No suggestion box opening #{id}.</source>
        <translation>找不到意见箱开箱记录 #{id}。</translation>
    </message>
    <message>
        <source>That box opening is already closed.</source>
        <translation>该次开箱已结束。</translation>
    </message>
    <message>
        <source>No opinion entry #{id}.</source>
        <translation>找不到意见 #{id}。</translation>
    </message>
    <message>
        <source>Write the reply that was given.</source>
        <translation>请填写给客户的答复内容。</translation>
    </message>
    <message>
        <source>Choose how the reply was given.</source>
        <translation>请选择答复方式。</translation>
    </message>
    <message>
        <source>This entry is already in the register as {register_no}.</source>
        <translation>这条意见已登记为投诉，登记编号 {register_no}。</translation>
    </message>
    <message>
        <source>An opening needs a witness; write their name.</source>
        <translation>开箱须有见证人，请填写见证人姓名。</translation>
    </message>
    <message>
        <source>The witness must be someone other than the person opening the box.</source>
        <translation>见证人不能是开箱人本人，请另选他人。</translation>
    </message>
    <message>
        <source>Count the slips found (0 or more).</source>
        <translation>请填写清点出的意见条张数（0 或以上）。</translation>
    </message>
    <message>
        <source>{found} slips were counted but {entered} entered. Enter the missing slips, or explain the difference before closing.</source>
        <translation>清点了 {found} 张意见条，但已录入 {entered} 张。请补录缺少的意见条，或在结束开箱前说明差异原因。</translation>
    </message>
    <message>
        <source>Choose at least one weekday for opening the box.</source>
        <translation>请至少选择一天作为开箱日。</translation>
    </message>
    <message>
        <source>Only the branch head or a manager may sign the daily reading.</source>
        <translation>只有网点负责人或主管可以进行每日阅签。</translation>
    </message>
    <message>
        <source>A day in the future cannot be signed.</source>
        <translation>不能为未来的日期阅签。</translation>
    </message>
    <message>
        <source>Only a manager may anonymise personal data.</source>
        <translation>只有主管可以对个人信息进行匿名化处理。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>This register is on the branch server, so it is backed up there with pg_dump (the README shows how). Back up now and Restore work on a register file on this PC only.</source>
        <translation>此登记簿存放在网点服务器上，需在服务器上用 pg_dump 备份（方法见 README）。“立即备份”和“恢复备份”仅适用于本电脑上的登记簿文件。</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check: {detail}</source>
        <translation>备份副本未通过完整性检查：{detail}</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>无法将备份写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: the disk is full. Nothing was lost: the register is as it was, and no half backup was left behind. Free some space on that disk (old files, the recycle bin), or choose another disk, and back up again.</source>
        <translation>无法将备份写入 {folder}：磁盘已满。没有丢失任何内容：登记簿保持原样，也没有留下写了一半的备份。请在该磁盘上腾出一些空间（旧文件、回收站），或换一个磁盘，然后再备份一次。</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: this PC may not write there (the folder or the disk is read-only). Nothing was lost; choose another folder, or ask for the right to write there.</source>
        <translation>无法将备份写入 {folder}：本电脑无权写入该位置（文件夹或磁盘为只读）。没有丢失任何内容；请换一个文件夹，或申请该位置的写入权限。</translation>
    </message>
    <message>
        <source>The backup was not made: the register is busy (another program is writing to it). Nothing was lost and no half backup was left behind; back up again in a moment.</source>
        <translation>未能备份：登记簿正忙（另一个程序正在写入）。没有丢失任何内容，也没有留下写了一半的备份；请稍后再备份一次。</translation>
    </message>
    <message>
        <source>Only a manager may copy the register to another place.</source>
        <translation>只有主管可以把登记簿复制到其他位置。</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <source>{path} is not a usable Complaint Book database: {reason}</source>
        <translation>{path} 不是可用的投诉簿数据库：{reason}</translation>
    </message>
    <message>
        <source>{path} is damaged: {reason}</source>
        <translation>{path} 已损坏：{reason}</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Complaint Book.</source>
        <translation>{path} 是由较新版本的投诉簿写入的。</translation>
    </message>
    <message>
        <source>{path} has a broken audit trail at {where}; it was not restored.</source>
        <translation>{path} 的审计记录在 {where} 处断裂，因此未予恢复。</translation>
    </message>
    <message>
        <source>The backup was not restored: the disk that holds the register is full, and a copy of the backup is checked there first. Nothing was changed. Free as much space as the backup takes, then restore again.</source>
        <translation>未恢复备份：存放登记簿的磁盘已满，而恢复前要先在该磁盘上复制一份备份进行检查。没有做任何改动。请腾出与备份同样大小的空间，然后再次恢复。</translation>
    </message>
    <message>
        <source>The backup was not restored: it could not be copied to {folder} to be checked ({reason}). Nothing was changed.</source>
        <translation>未恢复备份：无法将其复制到 {folder} 进行检查（{reason}）。没有做任何改动。</translation>
    </message>
    <message>
        <source>Only a manager may restore a backup.</source>
        <translation>只有主管可以恢复备份。</translation>
    </message>
    <message>
        <source>The backup was not restored: the register file {file} could not be replaced ({reason}). Close every other program that may have it open (another Complaint Book, a backup or sync tool) and restore again.</source>
        <translation>未恢复备份：无法替换登记簿文件 {file}（{reason}）。请关闭所有其他可能打开了它的程序（另一个投诉簿、备份或同步工具），然后再次恢复。</translation>
    </message>
    <message>
        <source>The backup was not restored: the register as it is now is backed up first, and that backup could not be made. {reason}</source>
        <translation>未恢复备份：恢复前要先备份当前的登记簿，而这份备份未能完成。{reason}</translation>
    </message>
    <message>
        <source>The register file {file} is still there; it was not replaced. Restore a backup from Settings or with the restore command, which keep a copy of it first.</source>
        <translation>登记簿文件 {file} 仍在原处，未被替换。请在“设置”中或用 restore 命令恢复备份，这两种方式都会先保留它的一份副本。</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>没有找到可用的备份。</translation>
    </message>
    <message>
        <source>Restoring a backup works for a database file only.</source>
        <translation>只有使用数据库文件时才能恢复备份。</translation>
    </message>
    <message>
        <source>{path} was not restored: it does not match its own audit trail ({problem}). Someone may have changed it behind the app; keep it for inspection.</source>
        <translation>未恢复 {path}：它与自身的审计记录不符（{problem}）。可能有人绕过本软件改动过它；请保留该文件以备检查。</translation>
    </message>
    <message>
        <source>Only a manager may choose where this PC keeps the register.</source>
        <translation>只有主管可以选择本电脑的登记簿存放位置。</translation>
    </message>
    <message>
        <source>Type the name or address of the branch server.</source>
        <translation>请输入网点服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Type the name of the database.</source>
        <translation>请输入数据库名称。</translation>
    </message>
    <message>
        <source>Type the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>端口须为 1 至 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Could not reach the branch server {where}: nothing answered on port {port}. Check that PostgreSQL is running on that PC, that the port is right, and that its firewall lets port {port} in.</source>
        <translation>无法连接网点服务器 {where}：端口 {port} 没有响应。请检查该电脑上的 PostgreSQL 是否正在运行、端口是否正确，以及其防火墙是否允许端口 {port} 的连接。</translation>
    </message>
    <message>
        <source>Could not reach the branch server {where}: no answer within {seconds} seconds. Check the name or address, that the PC is switched on and on the network, and its firewall.</source>
        <translation>无法连接网点服务器 {where}：{seconds} 秒内没有响应。请检查名称或地址是否正确、该电脑是否已开机并已接入网络，以及其防火墙设置。</translation>
    </message>
    <message>
        <source>Could not reach the branch server {where}: this PC has no way to it on the network. Check the network cable and the address.</source>
        <translation>无法连接网点服务器 {where}：本电脑在网络上找不到通往该服务器的路径。请检查网线和地址。</translation>
    </message>
    <message>
        <source>No PC called {host} was found on the network. Check the name, or type its IP address (such as 192.168.1.10).</source>
        <translation>网络上找不到名为 {host} 的电脑。请检查名称，或改为输入其 IP 地址（如 192.168.1.10）。</translation>
    </message>
    <message>
        <source>The branch server {where} refused user name {user} with this password. Check the password, and look for a wrong user or database name (a typo in either is refused the same way).</source>
        <translation>网点服务器 {where} 拒绝了用户名 {user} 和此密码。请检查密码，并查看用户名或数据库名是否有误（任一拼写错误都会被同样拒绝）。</translation>
    </message>
    <message>
        <source>The branch server {where} does not let this PC in as user {user} to database {dbname}. Look first for a wrong user or database name; if both are right, allow the branch network in its pg_hba.conf (the README shows how).</source>
        <translation>网点服务器 {where} 不允许本电脑以用户 {user} 进入数据库 {dbname}。请先检查用户名或数据库名是否有误；如果两者都正确，请在服务器的 pg_hba.conf 中允许网点网络（README 中有说明）。</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is not there yet; whoever holds the password of the owner role {owner} creates it (user {user} may not): {command}</source>
        <translation>已连接网点服务器 {where}（PostgreSQL {version}）。服务器上还没有登记簿，须由掌握所有者角色 {owner} 密码的人创建（用户 {user} 无权创建）：{command}</translation>
    </message>
    <message>
        <source>The branch server {where} has no database called {dbname}. Check the name (the README shows how to create it).</source>
        <translation>网点服务器 {where} 上没有名为 {dbname} 的数据库。请检查名称（创建方法见 README）。</translation>
    </message>
    <message>
        <source>Could not use the branch server {where}: {detail}</source>
        <translation>无法使用网点服务器 {where}：{detail}</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is not there yet: the first PC that uses this server creates it.</source>
        <translation>已连接网点服务器 {where}（PostgreSQL {version}）。服务器上还没有登记簿：第一台使用该服务器的电脑会创建登记簿。</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). Its register was written by a newer version of Complaint Book: update Complaint Book on this PC first.</source>
        <translation>已连接网点服务器 {where}（PostgreSQL {version}）。服务器上的登记簿由较新版本的投诉簿写入：请先更新本电脑上的投诉簿。</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). Its register must first be upgraded to this version, by whoever holds the password of the owner role {owner} (user {user} may not): {command}</source>
        <translation>已连接网点服务器 {where}（PostgreSQL {version}）。服务器上的登记簿须先升级到本版本，由掌握所有者角色 {owner} 密码的人执行（用户 {user} 无权升级）：{command}</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is already there: this PC will share it. But user {user} owns it, so anyone with its password could switch off the guards of its audit trail: give the register to an owner role (README: Upgrading an existing server).</source>
        <translation>已连接网点服务器 {where}（PostgreSQL {version}）。服务器上已有登记簿：本电脑将与其他电脑共用该登记簿。但登记簿归用户 {user} 所有，任何知道其密码的人都能关闭审计记录的保护：请把登记簿交给所有者角色（README：Upgrading an existing server）。</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). Its register is there but empty: no branch is set up on it yet. Move a PC&apos;s register into it (Settings &gt; Move this PC&apos;s register to this server...), or set the branch up on it from the first PC that joins.</source>
        <translation>已连接分行服务器 {where}（PostgreSQL {version}）。服务器上的登记簿已建好但还是空的：尚未设置任何分行。请把某台电脑的登记簿迁入（设置 &gt; 将本电脑的登记簿迁移到此服务器...），或由第一台加入的电脑在其上设置分行。</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is already there: this PC will share it.</source>
        <translation>已连接网点服务器 {where}（PostgreSQL {version}）。服务器上已有登记簿：本电脑将与其他电脑共用该登记簿。</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>timeline entries</source>
        <translation>处理经过条目</translation>
    </message>
    <message>
        <source>audit events</source>
        <translation>审计记录条目</translation>
    </message>
    <message>
        <source>opinion book entries</source>
        <translation>意见簿条目</translation>
    </message>
    <message>
        <source>box openings</source>
        <translation>开箱记录</translation>
    </message>
    <message>
        <source>sign-offs</source>
        <translation>阅签</translation>
    </message>
    <message>
        <source>checklist runs</source>
        <translation>安抚指引记录</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>staff keys</source>
        <translation>员工密钥</translation>
    </message>
    <message>
        <source>The server register is not empty ({held}), so nothing was moved: a move never mixes two registers. Move into a new, empty database on the server.</source>
        <translation>服务器上的登记簿不是空的（{held}），因此没有迁移任何内容：迁移绝不会混合两本登记簿。请迁移到服务器上一个新的空数据库。</translation>
    </message>
    <message>
        <source>Only a register on a PC can be moved to the server.</source>
        <translation>只有电脑上的登记簿才能迁移到服务器。</translation>
    </message>
    <message>
        <source>{url} is not a branch server address (postgresql://...).</source>
        <translation>{url} 不是网点服务器地址（应为 postgresql://...）。</translation>
    </message>
    <message>
        <source>Only a manager may move the register to the server.</source>
        <translation>只有主管才能将登记簿迁移到服务器。</translation>
    </message>
    <message>
        <source>Checking this PC&apos;s register...</source>
        <translation>正在检查本电脑的登记簿……</translation>
    </message>
    <message>
        <source>Copying to the branch server...</source>
        <translation>正在复制到网点服务器……</translation>
    </message>
    <message>
        <source>Checking the server&apos;s register...</source>
        <translation>正在检查服务器上的登记簿……</translation>
    </message>
    <message>
        <source>Demo data goes into an empty register only: this one already holds staff or records. Use another data folder (COMPLAINTBOOK_HOME) or --db to try the demo.</source>
        <translation>演示数据只能载入空的登记簿：此登记簿已有员工或记录。要试用演示，请使用其他数据文件夹（COMPLAINTBOOK_HOME）或 --db。</translation>
    </message>
    <message>
        <source>Only a manager may export full names, phone and ID numbers; a clerk&apos;s export is masked.</source>
        <translation>只有主管可以导出完整的姓名、电话和证件号码；柜员导出的数据会部分隐藏。</translation>
    </message>
    <message>
        <source>No password or PIN was given: type it when asked, or give it on standard input.</source>
        <translation>没有输入密码或 PIN：请在提示时输入，或通过标准输入提供。</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Only a manager may print and sign the register.</source>
        <translation>只有主管可以打印并签署登记簿。</translation>
    </message>
    <message>
        <source>Your signing key could not be opened, so nothing can be recorded in your name: ask a manager to reset your password.</source>
        <translation>无法打开您的签名密钥，因此无法以您的名义记录任何操作：请主管为您重置密码。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is void, so no letter is sent about it.</source>
        <translation>投诉 {register_no} 已作废，不再就此发函。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is no longer open, so a holding letter makes no sense: print the final response instead.</source>
        <translation>投诉 {register_no} 已不在处理中，无需发送进展告知书：请改为打印最终答复函。</translation>
    </message>
    <message>
        <source>Complaint {register_no} is not resolved yet, so there is no final response to send: print a holding letter instead.</source>
        <translation>投诉 {register_no} 尚未处理完毕，还没有最终答复可发：请改为打印进展告知书。</translation>
    </message>
    <message>
        <source>Letters must tell the customer where to turn if they are unhappy, and no ombudsman or regulator is known for country {country}: a manager enters it in Settings first.</source>
        <translation>函件必须告知客户不满意时可向谁求助，但尚不知道 {country} 的申诉机构或监管机构：请主管先在“设置”中填写。</translation>
    </message>
    <message>
        <source>A name may have at most {limit} characters.</source>
        <translation>名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Name the ombudsman or regulator the customer may turn to, in at least one language.</source>
        <translation>请至少用一种语言填写客户可求助的申诉机构或监管机构名称。</translation>
    </message>
    <message>
        <source>Write the website as an address without spaces, such as www.example.org.</source>
        <translation>网站请填写不含空格的网址，例如 www.example.org。</translation>
    </message>
    <message>
        <source>Give a phone number or a website, so the customer can reach them.</source>
        <translation>请填写电话或网站，以便客户联系。</translation>
    </message>
    <message>
        <source>Only a manager may change where the letters send an unhappy customer.</source>
        <translation>只有主管可以修改函件告知客户的求助机构。</translation>
    </message>
    <message>
        <source>There is no letter called {value}.</source>
        <translation>没有名为 {value} 的函件。</translation>
    </message>
    <message>
        <source>There is no letter language {value}.</source>
        <translation>不支持函件语言 {value}。</translation>
    </message>
    <message>
        <source>Say why the final response is not ready yet: the holding letter tells the customer.</source>
        <translation>请说明尚未作出最终答复的原因：进展告知书会告诉客户。</translation>
    </message>
    <message>
        <source>The date the final response is expected cannot be in the past.</source>
        <translation>预计最终答复日期不能早于今天。</translation>
    </message>
    <message>
        <source>Say what was decided and done: the final response gives the customer the reasons.</source>
        <translation>请写明处理结论和处理情况：最终答复函要向客户说明理由。</translation>
    </message>
    <message>
        <source>{value} is not a half-year like 2026-H1 or 2026-H2.</source>
        <translation>{value} 不是有效的半年度，应如 2026-H1 或 2026-H2。</translation>
    </message>
    <message>
        <source>This branch&apos;s categories carry no statistical codes. The bank categories (Settings) are coded by JR/T 0169-2018.</source>
        <translation>本网点的投诉类别没有统计代码。银行类别（见“设置”）按 JR/T 0169-2018 编码。</translation>
    </message>
    <message>
        <source>Only a manager may make the complaints returns for head office.</source>
        <translation>只有主管可以制作报送总行的投诉报表。</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full. Nothing was left behind. Free some space on that disk, or choose another place, and try again.</source>
        <translation>无法写入 {file}：磁盘已满。没有留下写了一半的文件。请在该磁盘上腾出一些空间，或换一个位置，然后重试。</translation>
    </message>
    <message>
        <source>{file} could not be written: this PC may not write there (the folder or disk is read-only, or the file is open in another program such as Excel). Close it or choose another place, and try again.</source>
        <translation>无法写入 {file}：本电脑无权写入该位置（文件夹或磁盘为只读，或该文件正在其他程序中打开，例如 Excel）。请关闭该文件或换一个位置，然后重试。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first, or choose another place.</source>
        <translation>文件夹 {folder} 不存在：请先创建它，或换一个位置。</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>The register cannot be kept on a network drive ({where}): the file is not safe there and saved complaints can be lost. Keep it on this PC&apos;s own disk. For several counter PCs to share one register, set up a branch server instead (README: Several counter PCs: the branch server).</source>
        <translation>登记簿不能放在网络驱动器上（{where}）：文件在那里不安全，已保存的投诉可能会丢失。请放在本电脑自己的磁盘上。如需多台柜台电脑共用一本登记簿，请改为设置网点服务器（README：Several counter PCs: the branch server）。</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file in it.</source>
        <translation>{path} 是一个文件夹；请给出其中某个文件的名称。</translation>
    </message>
    <message>
        <source>The file name {name} has characters Windows does not allow ({characters}); choose another name.</source>
        <translation>文件名 {name} 含有 Windows 不允许的字符（{characters}）；请换一个名称。</translation>
    </message>
    <message>
        <source>{name} is a name Windows keeps for a device, so no file can have it; choose another name.</source>
        <translation>{name} 是 Windows 保留给设备的名称，任何文件都不能使用；请换一个名称。</translation>
    </message>
    <message>
        <source>The file name {name} ends with a dot or a space, which Windows does not allow; choose another name.</source>
        <translation>文件名 {name} 以句点或空格结尾，Windows 不允许这样；请换一个名称。</translation>
    </message>
    <message>
        <source>The draft could not be written in {where} on this PC: {reason}</source>
        <translation>无法将草稿写入本电脑的 {where}：{reason}</translation>
    </message>
    <message>
        <source>Choose the branch&apos;s country from the list ({codes}); {value} is not one.</source>
        <translation>请从列表中选择网点所在国家/地区（{codes}）；{value} 不在其中。</translation>
    </message>
    <message>
        <source>An emergency number is written in digits, e.g. 110.</source>
        <translation>紧急电话请填写数字，例如 110。</translation>
    </message>
    <message>
        <source>A void entry gets no slip: it is not a complaint.</source>
        <translation>已作废的登记没有回执：它不是投诉。</translation>
    </message>
    <message>
        <source>Only a manager may open a root-cause task.</source>
        <translation>只有主管可以开立根本原因排查任务。</translation>
    </message>
    <message>
        <source>A root-cause task is already open for this complaint.</source>
        <translation>本投诉已有进行中的根本原因排查任务。</translation>
    </message>
    <message>
        <source>Type the date as {format}, e.g. {example}.</source>
        <translation>请按 {format} 的格式输入日期，例如 {example}。</translation>
    </message>
    <message>
        <source>The register does not match its own audit trail ({count} problem(s), the first: {first}). It cannot be printed and sealed until this is cleared up: run the command check, and ask the branch head to compare it with the last signed register and the backups.</source>
        <translation>登记簿与其自身的审计记录不一致（共 {count} 个问题，第一个：{first}）。在查清之前不能打印和封签：请运行 check 命令，并请网点负责人与最近一次签字的登记簿和备份核对。</translation>
    </message>
    <message>
        <source>The branch server has no register yet, and this PC&apos;s user {user} may not create one (on purpose: it may not change the register&apos;s tables). Whoever holds the password of the server&apos;s owner role {owner} creates it, on any PC with Complaint Book: {command}</source>
        <translation>网点服务器上还没有登记簿，本电脑的用户 {user} 无权创建（这是有意的：该用户不得更改登记簿的数据表）。请由掌握服务器所有者角色 {owner} 密码的人在任一装有投诉簿的电脑上运行以下命令创建：{command}</translation>
    </message>
    <message>
        <source>The register on the branch server was made by an earlier version of Complaint Book (schema {found}; this version needs {known}) and must be upgraded first. This PC&apos;s user {user} may not do that (on purpose: it may not change the register&apos;s tables), so nothing was changed. Whoever holds the password of the server&apos;s owner role {owner} upgrades it, on any PC with this version: {command}</source>
        <translation>网点服务器上的登记簿由较早版本的投诉簿创建（数据结构版本 {found}；本版本需要 {known}），须先升级。本电脑的用户 {user} 无权升级（这是有意的：该用户不得更改登记簿的数据表），因此没有做任何更改。请由掌握服务器所有者角色 {owner} 密码的人在任一装有本版本的电脑上运行以下命令升级：{command}</translation>
    </message>
    <message>
        <source>Moving a register into the branch server replaces what the server register&apos;s creation wrote, with the audit trail&apos;s guards lifted for that moment: only the server&apos;s owner role {owner} may do that, not this PC&apos;s user {user}. Nothing was moved. On the server PC, whoever holds the owner&apos;s password sets PGPASSWORD to it and runs, signing in as a manager: {command} move-to-server postgresql://{owner}@localhost/{dbname} --user NAME</source>
        <translation>把登记簿迁移到网点服务器，会替换服务器登记簿创建时写入的内容，并在此期间暂时解除审计记录的保护：只有服务器的所有者角色 {owner} 可以这样做，本电脑的用户 {user} 不行。没有迁移任何内容。请由掌握所有者密码的人在服务器电脑上把 PGPASSWORD 设为该密码，然后以主管身份登录运行：{command} move-to-server postgresql://{owner}@localhost/{dbname} --user NAME</translation>
    </message>
    <message>
        <source>The register on {where} is created (schema {schema}) and belongs to {owner}. The counter PCs&apos; user {app} may read it and add to it, but not change or remove its audit trail, nor change its tables.</source>
        <translation>已在 {where} 上创建登记簿（数据结构版本 {schema}），所有者为 {owner}。柜面电脑的用户 {app} 可以读取和添加记录，但不能更改或删除审计记录，也不能更改数据表。</translation>
    </message>
    <message>
        <source>The register on {where} now belongs to {owner} (schema {schema}; it was {found}). The counter PCs&apos; user {app} no longer owns it: it may read it and add to it, but not change or remove its audit trail, nor change its tables.</source>
        <translation>{where} 上的登记簿现归 {owner} 所有（数据结构版本 {schema}；原为 {found}）。柜面电脑的用户 {app} 不再拥有它：可以读取和添加记录，但不能更改或删除审计记录，也不能更改数据表。</translation>
    </message>
    <message>
        <source>The register on {where} is up to date (schema {schema}; it was {found}) and belongs to {owner}. The counter PCs&apos; user {app} may read it and add to it, but not change or remove its audit trail, nor change its tables.</source>
        <translation>{where} 上的登记簿已是最新（数据结构版本 {schema}；原为 {found}），所有者为 {owner}。柜面电脑的用户 {app} 可以读取和添加记录，但不能更改或删除审计记录，也不能更改数据表。</translation>
    </message>
    <message>
        <source>This PC keeps its register in a file, not on a branch server. Give the server&apos;s address as the counter PCs use it: --db postgresql://USER@HOST/DATABASE</source>
        <translation>本电脑的登记簿保存在文件中，不在网点服务器上。请按柜面电脑使用的方式给出服务器地址：--db postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>The address {url} names no user: give the address the counter PCs use, with their user name (postgresql://USER@HOST/DATABASE).</source>
        <translation>地址 {url} 中没有用户名：请给出柜面电脑使用的地址，包括它们的用户名（postgresql://USER@HOST/DATABASE）。</translation>
    </message>
    <message>
        <source>The owner role must be another role than the counter PCs&apos; user {app}: the whole point is that the counter PCs do not own the register.</source>
        <translation>所有者角色必须是柜面电脑用户 {app} 以外的另一个角色：关键就在于柜面电脑不拥有登记簿。</translation>
    </message>
    <message>
        <source>The owner role {owner} may not create or change the register&apos;s tables in database {dbname}. As the PostgreSQL administrator (psql as &quot;postgres&quot;), type:
    ALTER DATABASE &quot;{dbname}&quot; OWNER TO &quot;{owner}&quot;;
then run this command again. Nothing was changed.</source>
        <translation>所有者角色 {owner} 无权在数据库 {dbname} 中创建或更改登记簿的数据表。请以 PostgreSQL 管理员身份（用 &quot;postgres&quot; 登录 psql）输入：
    ALTER DATABASE &quot;{dbname}&quot; OWNER TO &quot;{owner}&quot;;
然后再次运行本命令。没有做任何更改。</translation>
    </message>
    <message>
        <source>The register on {where} is set up, but the counter PCs&apos; user {app} may still change more than it should:
{problems}</source>
        <translation>{where} 上的登记簿已设置好，但柜面电脑的用户 {app} 仍能更改超出其权限的内容：
{problems}</translation>
    </message>
    <message>
        <source>The branch server has no user {app}: give the address the counter PCs use, with their user name.</source>
        <translation>网点服务器上没有用户 {app}：请给出柜面电脑使用的地址，包括它们的用户名。</translation>
    </message>
    <message>
        <source>The register on this server belongs to the counter PCs&apos; user {app}, and the owner role {owner} may not take it over yet. As the PostgreSQL administrator (psql as &quot;postgres&quot;), type:
    GRANT &quot;{app}&quot; TO &quot;{owner}&quot;;
then run this command again. Nothing was changed.</source>
        <translation>该服务器上的登记簿属于柜面电脑的用户 {app}，所有者角色 {owner} 目前还无权接管。请以 PostgreSQL 管理员身份（用 &quot;postgres&quot; 登录 psql）输入：
    GRANT &quot;{app}&quot; TO &quot;{owner}&quot;;
然后再次运行本命令。没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Standard replies</source>
        <comment>booklet_title</comment>
        <translation>标准答复手册</translation>
    </message>
    <message>
        <source>Agreed answers to the objections we meet most often, grouped by complaint category, the most frequent categories first. Use them as a starting point and speak in your own words.</source>
        <comment>booklet_intro</comment>
        <translation>汇总了我们最常遇到的疑问和不满的统一答复，按投诉类别分组，最常见的类别排在前面。请以此为基础，用自己的话向客户说明。</translation>
    </message>
    <message>
        <source>No standard replies have been written yet.</source>
        <comment>booklet_empty</comment>
        <translation>尚未编写任何标准答复。</translation>
    </message>
    <message>
        <source>{n} complaint(s) so far</source>
        <comment>complaints_count</comment>
        <translation>累计 {n} 件投诉</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <comment>printed_on</comment>
        <translation>打印日期 {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <comment>page_x_of_y</comment>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <comment>register_title</comment>
        <translation>客户投诉登记簿</translation>
    </message>
    <message>
        <source>Month: {month}</source>
        <comment>month_label</comment>
        <translation>月份：{month}</translation>
    </message>
    <message>
        <source>Generated {at} by {who}</source>
        <comment>generated</comment>
        <translation>{who} 于 {at} 生成</translation>
    </message>
    <message>
        <source>Integrity: {count} records, SHA-256 {digest} · audit trail {events} entries, newest {head}</source>
        <comment>integrity</comment>
        <translation>完整性校验：{count} 条记录，SHA-256 {digest} · 审计记录 {events} 条，最新一条 {head}</translation>
    </message>
    <message>
        <source>Register no.</source>
        <comment>col_no</comment>
        <translation>登记编号</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>col_received</comment>
        <translation>投诉时间</translation>
    </message>
    <message>
        <source>Customer · staff concerned · scope</source>
        <comment>col_customer</comment>
        <translation>客户 · 被投诉员工 · 范围</translation>
    </message>
    <message>
        <source>Category · cause</source>
        <comment>col_category</comment>
        <translation>类别 · 原因</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>col_summary</comment>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Handler</source>
        <comment>col_handler</comment>
        <translation>经办人</translation>
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
        <translation>作废（{who}，{date}）：{reason}</translation>
    </message>
    <message>
        <source>No complaints were received in {month}.</source>
        <comment>empty_month</comment>
        <translation>{month} 未收到投诉。</translation>
    </message>
    <message>
        <source>Statistics for {month}</source>
        <comment>stats_title</comment>
        <translation>{month} 统计</translation>
    </message>
    <message>
        <source>Received {received} · resolved {resolved} · closed {closed} · still open {open} (carried into next month) · void {void}</source>
        <comment>totals</comment>
        <translation>收到 {received} 件 · 处理完毕 {resolved} 件 · 已办结 {closed} 件 · 未结 {open} 件（结转下月）· 作废 {void} 件</translation>
    </message>
    <message>
        <source>By category</source>
        <comment>by_category</comment>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By channel</source>
        <comment>by_channel</comment>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By scope</source>
        <comment>by_scope</comment>
        <translation>按范围</translation>
    </message>
    <message>
        <source>By severity</source>
        <comment>by_severity</comment>
        <translation>按严重程度</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>count</comment>
        <translation>件数</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>share</comment>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <comment>cumulative</comment>
        <translation>累计</translation>
    </message>
    <message>
        <source>Handling</source>
        <comment>performance</comment>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Resolved by the reply due date: {rate} ({on_time} of {counted}); late {late}, of which still open {late_open}</source>
        <comment>on_time_rate</comment>
        <translation>在答复到期日前处理完毕：{rate}（{counted} 件中 {on_time} 件）；超时 {late} 件，其中仍未结 {late_open} 件</translation>
    </message>
    <message>
        <source>Days to resolve: median {median}, 90th percentile {p90}</source>
        <comment>days_to_resolve</comment>
        <translation>解决所需天数：中位数 {median}，90 百分位 {p90}</translation>
    </message>
    <message>
        <source>Upheld in full or in part: {rate} ({upheld} of {resolved} resolved)</source>
        <comment>upheld_rate</comment>
        <translation>投诉成立或部分成立：{rate}（已处理完毕 {resolved} 件中 {upheld} 件）</translation>
    </message>
    <message>
        <source>Compensation paid: {amount} ({count} complaints)</source>
        <comment>compensation</comment>
        <translation>补偿合计：{amount}（{count} 件）</translation>
    </message>
    <message>
        <source>none</source>
        <comment>none</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Repeat complainants (two or more complaints in 12 months)</source>
        <comment>repeat</comment>
        <translation>重复投诉客户（12 个月内 2 次及以上）</translation>
    </message>
    <message>
        <source>{n} complaints</source>
        <comment>complaints_n</comment>
        <translation>{n} 件</translation>
    </message>
    <message>
        <source>Complaints received, last 12 months</source>
        <comment>trend</comment>
        <translation>近 12 个月收到的投诉</translation>
    </message>
    <message>
        <source>Categories, commonest first (bars) and cumulative share (line)</source>
        <comment>pareto</comment>
        <translation>各类别件数（条）与累计占比（线）</translation>
    </message>
    <message>
        <source>At the counter and in the opinion book</source>
        <comment>counter</comment>
        <translation>柜面与意见簿</translation>
    </message>
    <message>
        <source>Guided de-escalation runs: {runs}; changed person {person}, place {place}, time {time}; safety exits {safety}</source>
        <comment>counter_runs</comment>
        <translation>安抚指引记录：{runs} 次；换人 {person} 次，换地方 {place} 次，换时间 {time} 次；紧急求助 {safety} 次</translation>
    </message>
    <message>
        <source>Opinion book and suggestion box: {total} entries (praise {praise}, suggestions {suggestion}, questions {question}, complaints {complaint}); {promoted} entered in this register; replies {rate}; days read {read} of {days}; box openings {openings}</source>
        <comment>book_numbers</comment>
        <translation>意见簿与意见箱：共 {total} 条（表扬 {praise}、建议 {suggestion}、咨询 {question}、投诉 {complaint}）；转入本登记簿 {promoted} 条；答复率 {rate}；阅签 {read}/{days} 天；开箱 {openings} 次</translation>
    </message>
    <message>
        <source>Not yet resolved, from earlier months</source>
        <comment>open_earlier</comment>
        <translation>以前月份尚未处理完毕的投诉</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <comment>age_days</comment>
        <translation>已历天数</translation>
    </message>
    <message>
        <source>None: every earlier complaint was resolved by the end of the month.</source>
        <comment>no_open_earlier</comment>
        <translation>无：以前月份的投诉均已在月底前解决。</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <comment>signoff</comment>
        <translation>审核签字</translation>
    </message>
    <message>
        <source>Prepared by: {name}</source>
        <comment>prepared_by</comment>
        <translation>制表人：{name}</translation>
    </message>
    <message>
        <source>Reviewed by the branch head: {name}</source>
        <comment>reviewed_by</comment>
        <translation>网点负责人审核：{name}</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>date_line</comment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>signature_line</comment>
        <translation>签字</translation>
    </message>
    <message>
        <source>Acknowledgement of your complaint</source>
        <comment>letter_title_ack</comment>
        <translation>投诉受理告知书</translation>
    </message>
    <message>
        <source>Your complaint: our final response is still to come</source>
        <comment>letter_title_holding</comment>
        <translation>投诉处理进展告知书</translation>
    </message>
    <message>
        <source>Final response to your complaint</source>
        <comment>letter_title_final</comment>
        <translation>投诉处理最终答复函</translation>
    </message>
    <message>
        <source>Your complaint is resolved</source>
        <comment>letter_title_summary</comment>
        <translation>投诉处理完毕确认函</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <comment>letter_dear</comment>
        <translation>尊敬的{name}：</translation>
    </message>
    <message>
        <source>Dear customer,</source>
        <comment>letter_dear_customer</comment>
        <translation>尊敬的客户：</translation>
    </message>
    <message>
        <source>Date of this letter</source>
        <comment>letter_fact_date</comment>
        <translation>发函日期</translation>
    </message>
    <message>
        <source>Register no.</source>
        <comment>letter_fact_register_no</comment>
        <translation>登记编号</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>letter_fact_received</comment>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>About</source>
        <comment>letter_fact_about</comment>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Reply due</source>
        <comment>letter_fact_reply_by</comment>
        <translation>答复到期日</translation>
    </message>
    <message>
        <source>Final response expected by</source>
        <comment>letter_fact_expected</comment>
        <translation>预计最终答复日期</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>letter_fact_resolved</comment>
        <translation>处理完毕日期</translation>
    </message>
    <message>
        <source>Thank you for letting us know about your complaint concerning {category}, which we received on {received}. We have entered it in our complaint register under number {register_no}; please quote this number whenever you get in touch with us about it.</source>
        <comment>letter_ack_thanks</comment>
        <translation>感谢您向我们反映关于“{category}”的投诉。我们已于{received}收到并受理，已记入客户投诉登记簿，登记编号为 {register_no}。今后就此事与我们联系时，请提供该编号。</translation>
    </message>
    <message>
        <source>As we told you, we aim to come back to you by {promised}.</source>
        <comment>letter_ack_promised</comment>
        <translation>如我们此前所承诺，我们将争取在{promised}前给您回复。</translation>
    </message>
    <message>
        <source>We are looking into what happened and will send you our final response by {due} at the latest. If we need longer, we will write to you before then to explain why.</source>
        <comment>letter_ack_due</comment>
        <translation>我们正在调查处理，最迟将于{due}前向您作出最终答复。如需更多时间，我们会在此之前书面告知您原因。</translation>
    </message>
    <message>
        <source>If you are unhappy with our final response, or have not had it by {due}, you may take your complaint to {name}, free of charge.</source>
        <comment>letter_referral_ack</comment>
        <translation>如您对我们的最终答复不满意，或在{due}前未收到答复，您可以向{name}反映，无需支付任何费用。</translation>
    </message>
    <message>
        <source>We are writing about the complaint you made on {received} (register no. {register_no}). We are sorry that we cannot give you our final response yet.</source>
        <comment>letter_holding_intro</comment>
        <translation>您于{received}提出的投诉（登记编号 {register_no}）仍在处理中。很抱歉，我们暂时还无法给您最终答复。</translation>
    </message>
    <message>
        <source>This is why:</source>
        <comment>letter_holding_reason</comment>
        <translation>原因如下：</translation>
    </message>
    <message>
        <source>We expect to send you our final response by {expected}.</source>
        <comment>letter_holding_expected</comment>
        <translation>我们预计将于{expected}前向您作出最终答复。</translation>
    </message>
    <message>
        <source>You do not have to wait for it: if you wish, you may take your complaint to {name} now, free of charge.</source>
        <comment>letter_referral_holding</comment>
        <translation>您不必等待我们的最终答复：如您愿意，现在即可向{name}反映，无需支付任何费用。</translation>
    </message>
    <message>
        <source>We have finished looking into the complaint you made on {received} (register no. {register_no}). This letter is our final response.</source>
        <comment>letter_final_intro</comment>
        <translation>我们已完成对您于{received}提出的投诉（登记编号 {register_no}）的调查处理。本函为我们的最终答复。</translation>
    </message>
    <message>
        <source>We agree that your complaint is justified, and we are sorry.</source>
        <comment>letter_decision_upheld</comment>
        <translation>经调查，您的投诉成立，我们对此深表歉意。</translation>
    </message>
    <message>
        <source>We agree that part of your complaint is justified, and we are sorry for that part.</source>
        <comment>letter_decision_partly_upheld</comment>
        <translation>经调查，您的投诉部分成立，我们对成立的部分深表歉意。</translation>
    </message>
    <message>
        <source>Having looked at everything, we do not find your complaint justified. Our reasons follow.</source>
        <comment>letter_decision_not_upheld</comment>
        <translation>经调查，您的投诉不成立，理由如下。</translation>
    </message>
    <message>
        <source>What we found and what we have done:</source>
        <comment>letter_final_what</comment>
        <translation>调查结果及处理情况：</translation>
    </message>
    <message>
        <source>Thank you for talking with us about the complaint you made on {received} (register no. {register_no}). As agreed with you on {resolved}, we now consider it resolved.</source>
        <comment>letter_summary_intro</comment>
        <translation>感谢您就{received}提出的投诉（登记编号 {register_no}）与我们沟通。经与您于{resolved}确认，该投诉已处理完毕。</translation>
    </message>
    <message>
        <source>We offer you {amount} in compensation.</source>
        <comment>letter_compensation</comment>
        <translation>我们向您提供补偿 {amount}。</translation>
    </message>
    <message>
        <source>Although we do not find the complaint justified, we offer you {amount} as a gesture of goodwill.</source>
        <comment>letter_compensation_goodwill</comment>
        <translation>虽然投诉不成立，我们仍愿向您提供补偿 {amount}，以表诚意。</translation>
    </message>
    <message>
        <source>If you are not satisfied with this response, you may refer your complaint to {name}. It costs you nothing.</source>
        <comment>letter_referral_final</comment>
        <translation>如您对本答复不满意，可以向{name}反映，无需支付任何费用。</translation>
    </message>
    <message>
        <source>You need to do so within {months} months of the date of this letter.</source>
        <comment>letter_referral_months</comment>
        <translation>请在本函日期起 {months} 个月内提出。</translation>
    </message>
    <message>
        <source>If you refer it later than the time limits allow, we do not consent to {name} considering it, so it could do so only in exceptional circumstances.</source>
        <comment>letter_limits_kept</comment>
        <translation>如您超过规定时限才提出，我们不同意{name}受理，届时该机构仅可在特殊情况下受理。</translation>
    </message>
    <message>
        <source>We agree that {name} may consider your complaint even if you refer it after the usual time limits.</source>
        <comment>letter_limits_waived</comment>
        <translation>即使您超过通常时限才提出，我们也同意{name}受理您的投诉。</translation>
    </message>
    <message>
        <source>If you later become unhappy with how it was settled, you may still refer your complaint to {name}, free of charge.</source>
        <comment>letter_referral_summary</comment>
        <translation>如您日后对处理结果不满意，仍可向{name}反映，无需支付任何费用。</translation>
    </message>
    <message>
        <source>Telephone: {phone}</source>
        <comment>letter_referral_phone</comment>
        <translation>电话：{phone}</translation>
    </message>
    <message>
        <source>Website: {website}</source>
        <comment>letter_referral_website</comment>
        <translation>网站：{website}</translation>
    </message>
    <message>
        <source>If you have any questions, please contact {contact}, who is handling your complaint, and quote register no. {register_no}.</source>
        <comment>letter_contact</comment>
        <translation>如有任何疑问，请联系本投诉的经办人{contact}，并提供登记编号 {register_no}。</translation>
    </message>
    <message>
        <source>If you have any questions, please contact us and quote register no. {register_no}.</source>
        <comment>letter_contact_desk</comment>
        <translation>如有任何疑问，请与我们联系，并提供登记编号 {register_no}。</translation>
    </message>
    <message>
        <source>Enclosed: a leaflet from {name} explaining what it does.</source>
        <comment>letter_enclosure_leaflet</comment>
        <translation>附件：{name}的消费者说明材料</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <comment>letter_closing</comment>
        <translation>此致
敬礼！</translation>
    </message>
    <message>
        <source>{branch} · register no. {register_no}</source>
        <comment>letter_footer</comment>
        <translation>{branch} · 登记编号 {register_no}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <comment>letter_page_x_of_y</comment>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Register no. · received · channel · status</source>
        <comment>col_case</comment>
        <translation>登记编号 · 投诉时间 · 渠道 · 状态</translation>
    </message>
    <message>
        <source>Complaint · what the customer wants</source>
        <comment>col_complaint</comment>
        <translation>投诉内容 · 客户诉求</translation>
    </message>
    <message>
        <source>Handler · reply due · extension</source>
        <comment>col_handling</comment>
        <translation>经办人 · 答复到期日 · 延期</translation>
    </message>
    <message>
        <source>Resolved · closed · on time</source>
        <comment>col_done</comment>
        <translation>处理完毕 · 办结 · 是否按时</translation>
    </message>
    <message>
        <source>Resolution · remedy · compensation</source>
        <comment>col_resolution</comment>
        <translation>认定结果 · 处理措施 · 补偿</translation>
    </message>
    <message>
        <source>Root cause</source>
        <comment>col_root_cause</comment>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <comment>col_action</comment>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Follow-up call, or why it was waived</source>
        <comment>col_followup</comment>
        <translation>回访，或免除回访的理由</translation>
    </message>
    <message>
        <source>Staff: {initials}</source>
        <comment>line_staff</comment>
        <translation>被投诉员工：{initials}</translation>
    </message>
    <message>
        <source>Service: {text}</source>
        <comment>line_service</comment>
        <translation>涉及业务：{text}</translation>
    </message>
    <message>
        <source>Cause: {cause}</source>
        <comment>line_cause</comment>
        <translation>原因：{cause}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <comment>cause_missing</comment>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Wants: {text}</source>
        <comment>line_wants</comment>
        <translation>客户诉求：{text}</translation>
    </message>
    <message>
        <source>Handler: {name}</source>
        <comment>line_handler</comment>
        <translation>经办人：{name}</translation>
    </message>
    <message>
        <source>Reply due {date}</source>
        <comment>line_due</comment>
        <translation>答复到期日 {date}</translation>
    </message>
    <message>
        <source>Extended to {date}, approved by {who} on {on}</source>
        <comment>line_extension</comment>
        <translation>延期至 {date}，{who} 于 {on} 批准</translation>
    </message>
    <message>
        <source>Resolved {date}</source>
        <comment>line_resolved</comment>
        <translation>处理完毕 {date}</translation>
    </message>
    <message>
        <source>Closed {date}</source>
        <comment>line_closed</comment>
        <translation>办结 {date}</translation>
    </message>
    <message>
        <source>Days taken: {days}</source>
        <comment>line_days</comment>
        <translation>历时 {days} 天</translation>
    </message>
    <message>
        <source>on time</source>
        <comment>on_time</comment>
        <translation>按时</translation>
    </message>
    <message>
        <source>late</source>
        <comment>late</comment>
        <translation>超时</translation>
    </message>
    <message>
        <source>still open, past the reply due date</source>
        <comment>open_late</comment>
        <translation>未结，已超过答复到期日</translation>
    </message>
    <message>
        <source>still open</source>
        <comment>open_not_due</comment>
        <translation>未结</translation>
    </message>
    <message>
        <source>Compensation {amount}</source>
        <comment>line_compensation</comment>
        <translation>补偿 {amount}</translation>
    </message>
    <message>
        <source>the customer accepted</source>
        <comment>accepted_yes</comment>
        <translation>客户接受</translation>
    </message>
    <message>
        <source>the customer did not accept</source>
        <comment>accepted_no</comment>
        <translation>客户不接受</translation>
    </message>
    <message>
        <source>Follow-up call {date}: satisfaction {score}/5</source>
        <comment>line_followup</comment>
        <translation>回访 {date}：满意度 {score}/5</translation>
    </message>
    <message>
        <source>Follow-up call due {date}</source>
        <comment>line_followup_due</comment>
        <translation>回访到期日 {date}</translation>
    </message>
    <message>
        <source>Follow-up call waived by {who}: {reason}</source>
        <comment>line_waived</comment>
        <translation>{who} 免除回访：{reason}</translation>
    </message>
    <message>
        <source>(continued)</source>
        <comment>continued</comment>
        <translation>（续）</translation>
    </message>
    <message>
        <source>How these figures count: complaints received in the month, void entries left out, as they stood at {at}. On time means resolved by the reply due date (after any approved extension); every complaint resolved by then is counted, and every one whose due date had passed, an open one as late. {not_due} still open and not yet due are not counted yet.</source>
        <comment>rules</comment>
        <translation>统计口径：本月收到的投诉，不含作废，截至 {at} 的状态。按时指在答复到期日（含已批准的延期）前处理完毕；截至该时已处理完毕的投诉全部计入，答复到期日已过的投诉也全部计入，其中未结的计为超时。尚未到期的未结投诉 {not_due} 件暂不计入。</translation>
    </message>
    <message>
        <source>Figures of the deadline policy: {policy}</source>
        <comment>regime_title</comment>
        <translation>办理时限规定的指标：{policy}</translation>
    </message>
    <message>
        <source>Resolved by the end of the 3rd business day after receipt: {share} ({count} of {total} resolved)</source>
        <comment>fca_3_days</comment>
        <translation>收到后第 3 个工作日结束前处理完毕：{share}（已处理完毕 {total} 件中 {count} 件）</translation>
    </message>
    <message>
        <source>Resolved after that, within 8 weeks: {share} ({count} of {total} resolved)</source>
        <comment>fca_8_weeks</comment>
        <translation>此后、8 周内处理完毕：{share}（已处理完毕 {total} 件中 {count} 件）</translation>
    </message>
    <message>
        <source>Resolved after 8 weeks: {share} ({count} of {total} resolved)</source>
        <comment>fca_after_8_weeks</comment>
        <translation>超过 8 周才处理完毕：{share}（已处理完毕 {total} 件中 {count} 件）</translation>
    </message>
    <message>
        <source>Still open more than 8 weeks after receipt: {count}</source>
        <comment>fca_open_8_weeks</comment>
        <translation>收到已超过 8 周仍未结：{count} 件</translation>
    </message>
    <message>
        <source>Upheld in full or in part: {share} ({count} of {total} resolved)</source>
        <comment>fca_upheld</comment>
        <translation>投诉成立或部分成立：{share}（已处理完毕 {total} 件中 {count} 件）</translation>
    </message>
    <message>
        <source>Redress paid: {amount} in {count} complaints</source>
        <comment>fca_redress</comment>
        <translation>已支付补偿：{amount}，共 {count} 件</translation>
    </message>
    <message>
        <source>Decided within 15 days: {share} ({count} of {total} resolved)</source>
        <comment>cn_15_days</comment>
        <translation>15 日内处理完毕：{share}（已处理完毕 {total} 件中 {count} 件）</translation>
    </message>
    <message>
        <source>Deadline extended with approval: {count} of {total} received</source>
        <comment>cn_extended</comment>
        <translation>经批准延期：收到 {total} 件中 {count} 件</translation>
    </message>
    <message>
        <source>Past 30 days (resolved later, or still open): {count} of {total} received</source>
        <comment>cn_past_30</comment>
        <translation>超过 30 日（此后才处理完毕或仍未结）：收到 {total} 件中 {count} 件</translation>
    </message>
    <message>
        <source>Resolved within {days} working days: {share} ({count} of {total} whose time had run)</source>
        <comment>days_within</comment>
        <translation>{days} 个工作日内处理完毕：{share}（期限已到的 {total} 件中 {count} 件）</translation>
    </message>
    <message>
        <source>Not resolved within {days} working days (resolved later, or still open): {count}</source>
        <comment>days_late</comment>
        <translation>未在 {days} 个工作日内处理完毕（此后才处理完毕或仍未结）：{count} 件</translation>
    </message>
    <message>
        <source>Causes</source>
        <comment>causes_title</comment>
        <translation>投诉原因分析</translation>
    </message>
    <message>
        <source>By cause</source>
        <comment>by_cause</comment>
        <translation>按原因</translation>
    </message>
    <message>
        <source>Category and cause together, commonest first</source>
        <comment>by_category_cause</comment>
        <translation>类别与原因组合（按件数排序）</translation>
    </message>
    <message>
        <source>Cause</source>
        <comment>cause_column</comment>
        <translation>原因</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>category_column</comment>
        <translation>类别</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>code_column</comment>
        <translation>代码</translation>
    </message>
    <message>
        <source>Standard&apos;s category</source>
        <comment>standard_column</comment>
        <translation>标准分类</translation>
    </message>
    <message>
        <source>Our categories</source>
        <comment>ours_column</comment>
        <translation>本网点类别</translation>
    </message>
    <message>
        <source>every category that names no channel</source>
        <comment>all_other_categories</comment>
        <translation>未指明渠道的其余类别</translation>
    </message>
    <message>
        <source>Counted by {standard}</source>
        <comment>std_title</comment>
        <translation>按 {standard} 统计</translation>
    </message>
    <message>
        <source>A. Channel of the business</source>
        <comment>std_channel</comment>
        <translation>A. 业务办理渠道</translation>
    </message>
    <message>
        <source>B. Business type</source>
        <comment>std_business</comment>
        <translation>B. 业务类别</translation>
    </message>
    <message>
        <source>C. Cause</source>
        <comment>std_cause</comment>
        <translation>C. 投诉原因</translation>
    </message>
    <message>
        <source>No cause recorded (not counted under C): {count}</source>
        <comment>std_no_cause</comment>
        <translation>未填写原因（不计入 C）：{count} 件</translation>
    </message>
    <message>
        <source>The codes follow the structure of {standard}; check them against the standard&apos;s published text before reporting them.</source>
        <comment>std_note</comment>
        <translation>代码按 {standard} 的结构编排；报送前请与标准正式文本核对。</translation>
    </message>
    <message>
        <source>Days past due</source>
        <comment>overdue_days</comment>
        <translation>超期天数</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <comment>not_recorded</comment>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>total</comment>
        <translation>合计</translation>
    </message>
    <message>
        <source>Category · cause · codes of {standard}</source>
        <comment>col_category_std</comment>
        <translation>类别 · 原因 · {standard} 代码</translation>
    </message>
    <message>
        <source>Register no.</source>
        <comment>field_register_no</comment>
        <translation>登记编号</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>field_received_at</comment>
        <translation>投诉时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>field_channel</comment>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>field_customer_name</comment>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>field_customer_phone</comment>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>ID or account no.</source>
        <comment>field_customer_id_no</comment>
        <translation>证件号或账号</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>field_category</comment>
        <translation>类别</translation>
    </message>
    <message>
        <source>Scope</source>
        <comment>field_scope</comment>
        <translation>范围</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>field_severity</comment>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>field_summary</comment>
        <translation>摘要</translation>
    </message>
    <message>
        <source>What happened</source>
        <comment>field_description</comment>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <comment>field_desired_outcome</comment>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Handler</source>
        <comment>field_handler</comment>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>field_status</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>field_closed_at</comment>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>field_resolution</comment>
        <translation>认定结果</translation>
    </message>
    <message>
        <source>Vulnerable customer</source>
        <comment>field_vulnerable</comment>
        <translation>特殊群体客户</translation>
    </message>
    <message>
        <source>Care note</source>
        <comment>field_vulnerable_note</comment>
        <translation>关爱说明</translation>
    </message>
    <message>
        <source>Cause</source>
        <comment>field_cause</comment>
        <translation>原因</translation>
    </message>
    <message>
        <source>Staff concerned</source>
        <comment>field_subject_staff</comment>
        <translation>被投诉员工</translation>
    </message>
    <message>
        <source>Service concerned</source>
        <comment>field_subject_text</comment>
        <translation>涉及业务</translation>
    </message>
    <message>
        <source>Promised by</source>
        <comment>field_promised_at</comment>
        <translation>承诺完成时间</translation>
    </message>
    <message>
        <source>First deadline</source>
        <comment>field_first_due</comment>
        <translation>首个期限</translation>
    </message>
    <message>
        <source>Reply due</source>
        <comment>field_due_date</comment>
        <translation>答复到期日</translation>
    </message>
    <message>
        <source>Extensions</source>
        <comment>field_extension_level</comment>
        <translation>延期次数</translation>
    </message>
    <message>
        <source>Remedy</source>
        <comment>field_remedy</comment>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Compensation</source>
        <comment>field_compensation</comment>
        <translation>补偿金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <comment>field_currency</comment>
        <translation>币种</translation>
    </message>
    <message>
        <source>Customer accepted</source>
        <comment>field_customer_accepted</comment>
        <translation>客户接受</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>field_resolved_at</comment>
        <translation>处理完毕时间</translation>
    </message>
    <message>
        <source>Root cause</source>
        <comment>field_root_cause</comment>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <comment>field_corrective_action</comment>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Follow-up call due</source>
        <comment>field_followup_due</comment>
        <translation>回访到期日</translation>
    </message>
    <message>
        <source>Follow-up call made</source>
        <comment>field_followup_done_at</comment>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <comment>field_satisfaction</comment>
        <translation>满意度（1-5）</translation>
    </message>
    <message>
        <source>Follow-up comment</source>
        <comment>field_followup_comment</comment>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Follow-up waived</source>
        <comment>field_followup_waived</comment>
        <translation>免除回访</translation>
    </message>
    <message>
        <source>Void: reason</source>
        <comment>field_void_reason</comment>
        <translation>作废理由</translation>
    </message>
    <message>
        <source>{standard} channel</source>
        <comment>field_jrt_channel</comment>
        <translation>{standard} 渠道代码</translation>
    </message>
    <message>
        <source>{standard} business type</source>
        <comment>field_jrt_business</comment>
        <translation>{standard} 业务类别代码</translation>
    </message>
    <message>
        <source>{standard} cause</source>
        <comment>field_jrt_cause</comment>
        <translation>{standard} 原因代码</translation>
    </message>
    <message>
        <source>Register</source>
        <comment>sheet_register</comment>
        <translation>登记簿</translation>
    </message>
    <message>
        <source>Statistics</source>
        <comment>sheet_statistics</comment>
        <translation>统计</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>stat_received</comment>
        <translation>收到</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>stat_resolved</comment>
        <translation>已处理完毕</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stat_closed</comment>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Still open</source>
        <comment>stat_open</comment>
        <translation>未结</translation>
    </message>
    <message>
        <source>Void</source>
        <comment>stat_void</comment>
        <translation>作废</translation>
    </message>
    <message>
        <source>Resolved by the reply due date</source>
        <comment>stat_on_time</comment>
        <translation>在答复到期日前处理完毕</translation>
    </message>
    <message>
        <source>Counted for timeliness</source>
        <comment>stat_counted</comment>
        <translation>计入按时统计</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>stat_late</comment>
        <translation>超时</translation>
    </message>
    <message>
        <source>Late and still open</source>
        <comment>stat_late_open</comment>
        <translation>超时且仍未结</translation>
    </message>
    <message>
        <source>Open, not yet due (not counted)</source>
        <comment>stat_not_due</comment>
        <translation>未结且未到期（不计入）</translation>
    </message>
    <message>
        <source>Days to resolve, median</source>
        <comment>stat_median</comment>
        <translation>解决所需天数（中位数）</translation>
    </message>
    <message>
        <source>Days to resolve, 90th percentile</source>
        <comment>stat_p90</comment>
        <translation>解决所需天数（90 百分位）</translation>
    </message>
    <message>
        <source>Upheld in full or in part</source>
        <comment>stat_upheld</comment>
        <translation>投诉成立或部分成立</translation>
    </message>
    <message>
        <source>Compensation paid ({currency})</source>
        <comment>stat_compensation</comment>
        <translation>补偿合计（{currency}）</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>month_column</comment>
        <translation>月份</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>value_column</comment>
        <translation>数值</translation>
    </message>
    <message>
        <source>Figure</source>
        <comment>figure_column</comment>
        <translation>指标</translation>
    </message>
    <message>
        <source>Complaints return</source>
        <comment>return_sheet</comment>
        <translation>投诉情况报表</translation>
    </message>
    <message>
        <source>Complaints return (after FCA DISP 1 Annex 1R) · {branch} · {start} to {end}</source>
        <comment>return_title</comment>
        <translation>投诉情况报表（参照英国 FCA DISP 1 附录 1R）· {branch} · {start} 至 {end}</translation>
    </message>
    <message>
        <source>Counted as at {at}: void entries left out; closed means resolved (final response given); by the end of the 3rd business day after receipt in the working days of {country}; eight weeks from the day of receipt. Product groups are the branch&apos;s top-level categories.</source>
        <comment>return_as_at</comment>
        <translation>统计时点 {at}：不含作废；办结指已处理完毕（已作最终答复）；第 3 个工作日按 {country} 的工作日从收到次日起算；8 周自收到之日起算。产品组为本网点的一级类别。</translation>
    </message>
    <message>
        <source>Product group</source>
        <comment>ret_group</comment>
        <translation>产品组</translation>
    </message>
    <message>
        <source>Outstanding at the start</source>
        <comment>ret_outstanding_start</comment>
        <translation>期初未结</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>ret_opened</comment>
        <translation>新收到</translation>
    </message>
    <message>
        <source>Closed within 3 business days</source>
        <comment>ret_closed_3_days</comment>
        <translation>3 个工作日内办结</translation>
    </message>
    <message>
        <source>Closed after 3 business days, within 8 weeks</source>
        <comment>ret_closed_8_weeks</comment>
        <translation>3 个工作日后、8 周内办结</translation>
    </message>
    <message>
        <source>Closed after 8 weeks</source>
        <comment>ret_closed_after_8_weeks</comment>
        <translation>8 周后办结</translation>
    </message>
    <message>
        <source>Closed in total</source>
        <comment>ret_closed</comment>
        <translation>办结合计</translation>
    </message>
    <message>
        <source>Upheld (in full or in part)</source>
        <comment>ret_upheld</comment>
        <translation>投诉成立（含部分成立）</translation>
    </message>
    <message>
        <source>Upheld share of closed</source>
        <comment>ret_upheld_share</comment>
        <translation>成立占办结比例</translation>
    </message>
    <message>
        <source>Redress paid ({currency})</source>
        <comment>ret_redress</comment>
        <translation>已付补偿（{currency}）</translation>
    </message>
    <message>
        <source>Outstanding at the end</source>
        <comment>ret_outstanding_end</comment>
        <translation>期末未结</translation>
    </message>
    <message>
        <source>{standard} {month}</source>
        <comment>std_sheet</comment>
        <translation>{standard} {month}</translation>
    </message>
    <message>
        <source>Complaints received in {month} counted by {standard} · {branch}</source>
        <comment>std_table_title</comment>
        <translation>{month} 收到的投诉按 {standard} 统计 · {branch}</translation>
    </message>
    <message>
        <source>Complaints received (void entries left out): {count}</source>
        <comment>std_received</comment>
        <translation>收到投诉（不含作废）：{count} 件</translation>
    </message>
    <message>
        <source>B business type by C cause</source>
        <comment>std_cross</comment>
        <translation>B 业务类别 × C 投诉原因</translation>
    </message>
    <message>
        <source>Seal of this register</source>
        <comment>seal_heading</comment>
        <translation>本登记簿的电子封签</translation>
    </message>
    <message>
        <source>Branch key: {root}. Compare it with the key on earlier signed registers: a different key means the signing keys were replaced.</source>
        <comment>seal_key</comment>
        <translation>网点密钥：{root}。请与此前已签字登记簿上的密钥核对：不一致说明签名密钥被替换过。</translation>
    </message>
    <message>
        <source>Audit trail at printing: {events} entries, the newest #{head_id}, hash {head}.</source>
        <comment>seal_trail</comment>
        <translation>打印时的审计记录：共 {events} 条，最新为第 {head_id} 条，哈希值 {head}。</translation>
    </message>
    <message>
        <source>Sealed by {who} (key #{key}). Signature: {signature}</source>
        <comment>seal_signed</comment>
        <translation>封签人：{who}（密钥 #{key}）。签名：{signature}</translation>
    </message>
    <message>
        <source>Not sealed: no manager&apos;s signing key was open when this was printed, so it cannot prove what the database held.</source>
        <comment>seal_unsigned</comment>
        <translation>未封签：打印时没有主管的签名密钥处于打开状态，因此无法证明当时数据库的内容。</translation>
    </message>
    <message>
        <source>To check it against the database: the app&apos;s command verify-register with this PDF file.</source>
        <comment>seal_check</comment>
        <translation>核对本登记簿与数据库：使用本软件的 verify-register 命令和本 PDF 文件。</translation>
    </message>
    <message>
        <source>: </source>
        <comment>label_colon</comment>
        <translation>：</translation>
    </message>
    <message>
        <source>Root-cause tasks opened this month</source>
        <comment>root_cause_tasks</comment>
        <translation>本月开立的根本原因排查任务</translation>
    </message>
    <message>
        <source>None: no group of complaints alike called for one.</source>
        <comment>no_root_cause_tasks</comment>
        <translation>无：本月没有需要排查的同类投诉。</translation>
    </message>
    <message>
        <source>Task</source>
        <comment>col_task</comment>
        <translation>任务</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>col_opened</comment>
        <translation>开立</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>col_why</comment>
        <translation>原因</translation>
    </message>
    <message>
        <source>Complaints linked</source>
        <comment>col_linked</comment>
        <translation>关联的投诉</translation>
    </message>
    <message>
        <source>{count} alike within 7 days</source>
        <comment>why_burst</comment>
        <translation>7天内同类投诉 {count} 件</translation>
    </message>
    <message>
        <source>opened by a manager</source>
        <comment>why_manager</comment>
        <translation>主管开立</translation>
    </message>
    <message>
        <source>Your complaint is recorded</source>
        <comment>slip_title</comment>
        <translation>您的投诉已登记</translation>
    </message>
    <message>
        <source>Register no.</source>
        <comment>slip_number</comment>
        <translation>登记编号</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>slip_date</comment>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>slip_customer</comment>
        <translation>客户</translation>
    </message>
    <message>
        <source>About</source>
        <comment>slip_about</comment>
        <translation>投诉事项</translation>
    </message>
    <message>
        <source>You asked for</source>
        <comment>slip_asked</comment>
        <translation>您的诉求</translation>
    </message>
    <message>
        <source>We will reply by</source>
        <comment>slip_reply_by</comment>
        <translation>我们将于以下日期前答复</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <comment>slip_whom</comment>
        <translation>联系谁</translation>
    </message>
    <message>
        <source>Ask for {handler} at {branch}, quoting the register number.</source>
        <comment>slip_whom_text</comment>
        <translation>请到{branch}找{handler}，并告知登记编号。</translation>
    </message>
    <message>
        <source>Ask at {branch}, quoting the register number.</source>
        <comment>slip_whom_branch</comment>
        <translation>请到{branch}咨询，并告知登记编号。</translation>
    </message>
    <message>
        <source>If you are not satisfied with our answer, you may contact {name}.</source>
        <comment>slip_referral</comment>
        <translation>如对我们的答复不满意，您可以联系{name}。</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <comment>slip_phone</comment>
        <translation>电话：{phone}</translation>
    </message>
    <message>
        <source>Website: {website}</source>
        <comment>slip_website</comment>
        <translation>网站：{website}</translation>
    </message>
    <message>
        <source>Please keep this slip.</source>
        <comment>slip_keep</comment>
        <translation>请妥善保管本回执。</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <comment>slip_appointment</comment>
        <translation>您的预约</translation>
    </message>
    <message>
        <source>with {name}</source>
        <comment>slip_appointment_with</comment>
        <translation>接待人：{name}</translation>
    </message>
    <message>
        <source>at {place}</source>
        <comment>slip_appointment_place</comment>
        <translation>地点：{place}</translation>
    </message>
    <message>
        <source>We promised to have it done by</source>
        <comment>slip_promised</comment>
        <translation>我们承诺的办结时间</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>In person</source>
        <comment>channel.in_person</comment>
        <translation>现场（柜面）</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>channel.phone</comment>
        <translation>电话</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>channel.letter</comment>
        <translation>信函</translation>
    </message>
    <message>
        <source>E-mail or online</source>
        <comment>channel.email</comment>
        <translation>电子邮件或网上</translation>
    </message>
    <message>
        <source>Opinion book</source>
        <comment>channel.opinion_book</comment>
        <translation>意见簿</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <comment>channel.suggestion_box</comment>
        <translation>意见箱</translation>
    </message>
    <message>
        <source>Referred by regulator or head office</source>
        <comment>channel.referral</comment>
        <translation>监管部门或总行转办</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel.other</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Point (single customer)</source>
        <comment>scope.point</comment>
        <translation>点（单个客户）</translation>
    </message>
    <message>
        <source>Line (group of customers)</source>
        <comment>scope.line</comment>
        <translation>线（同类客户群体）</translation>
    </message>
    <message>
        <source>Plane (brand or whole service)</source>
        <comment>scope.plane</comment>
        <translation>面（品牌或整体服务）</translation>
    </message>
    <message>
        <source>One customer has one problem; solve it for them, then check whether anyone else could be affected.</source>
        <comment>scope_help.point</comment>
        <translation>单个客户遇到的个别问题；先为这位客户解决，再看看其他客户是否也受影响。</translation>
    </message>
    <message>
        <source>A product range or service causes the same problem for a group of customers, so the fix must reach all of them.</source>
        <comment>scope_help.line</comment>
        <translation>同一系列商品或同一项服务让一批客户遇到同样的问题，处理时要覆盖所有受影响的客户。</translation>
    </message>
    <message>
        <source>The brand or the whole service fails on a large scale, often with media or public attention; escalate to senior management at once.</source>
        <comment>scope_help.plane</comment>
        <translation>品牌或整体服务出现大范围问题，往往已引起媒体或公众关注，须立即上报上级管理层。</translation>
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
        <translation>已登记</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <comment>status.acknowledged</comment>
        <translation>已告知受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <comment>status.investigating</comment>
        <translation>调查处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>status.resolved</comment>
        <translation>处理完毕</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>status.closed</comment>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Void</source>
        <comment>status.void</comment>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Upheld</source>
        <comment>outcome.upheld</comment>
        <translation>投诉成立</translation>
    </message>
    <message>
        <source>Partly upheld</source>
        <comment>outcome.partly_upheld</comment>
        <translation>部分成立</translation>
    </message>
    <message>
        <source>Not upheld</source>
        <comment>outcome.not_upheld</comment>
        <translation>投诉不成立</translation>
    </message>
    <message>
        <source>Clerk</source>
        <comment>role.clerk</comment>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>role.manager</comment>
        <translation>主管</translation>
    </message>
    <message>
        <source>China banking (15 days)</source>
        <comment>deadline_preset.china_banking</comment>
        <translation>银行业（中国，15日）</translation>
    </message>
    <message>
        <source>Vietnam consumer law (7 working days)</source>
        <comment>deadline_preset.vietnam_consumer</comment>
        <translation>越南消费者权益保护法（7个工作日）</translation>
    </message>
    <message>
        <source>UK FCA (3 business days / 8 weeks)</source>
        <comment>deadline_preset.uk_fca</comment>
        <translation>英国FCA（3个工作日／8周）</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>deadline_preset.custom</comment>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Retail shop</source>
        <comment>category_preset.retail</comment>
        <translation>零售门店</translation>
    </message>
    <message>
        <source>Bank branch</source>
        <comment>category_preset.bank</comment>
        <translation>银行网点</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>contact_method.phone</comment>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <comment>contact_method.in_person</comment>
        <translation>当面</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>contact_method.letter</comment>
        <translation>信函</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>contact_method.email</comment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Text message</source>
        <comment>contact_method.sms</comment>
        <translation>短信</translation>
    </message>
    <message>
        <source>Reached</source>
        <comment>contact_result.reached</comment>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>No answer</source>
        <comment>contact_result.no_answer</comment>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Left a message</source>
        <comment>contact_result.left_message</comment>
        <translation>已留言</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <comment>contact_result.wrong_number</comment>
        <translation>号码有误</translation>
    </message>
</context>
</TS>
