<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="90"/>
        <source>Complaint Book is already open with this register (by %1 on %2). Its window has been brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="106"/>
        <source>The register file was damaged. It was moved aside (nothing in it was changed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="112"/>
        <source>No backup was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="114"/>
        <source>Restore the newest good backup, from %1 (%2 complaints)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoxTab</name>
    <message>
        <location filename="../../ui/opinions_view.py" line="360"/>
        <source>Open the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="366"/>
        <source>Record the opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="368"/>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="369"/>
        <source>Slips found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="371"/>
        <source>Opening schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="375"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="376"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="377"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="378"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="379"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="380"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="381"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="386"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="394"/>
        <source>Openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="404"/>
        <source>If the numbers differ: why (e.g. two slips stapled together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="408"/>
        <source>Transcribe its slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="409"/>
        <source>Close the opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="432"/>
        <source>Missed openings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="443"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="443"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="444"/>
        <source>%1 · by %2, witness %3 · counted %4, entered %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="476"/>
        <source>All %1 slips are entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="481"/>
        <source>%1 slips were counted but %2 are entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="500"/>
        <source>Opening recorded. Now transcribe its slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="513"/>
        <source>Schedule saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="531"/>
        <source>Opening closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/detail_view.py" line="66"/>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="93"/>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="94"/>
        <source>&amp;Contact attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="95"/>
        <source>Re&amp;assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="96"/>
        <source>E&amp;xtend deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="97"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="98"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="99"/>
        <source>&amp;Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="100"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="115"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="117"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="118"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="119"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="120"/>
        <source>Promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="121"/>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="125"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="127"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="128"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="129"/>
        <source>ID or account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="130"/>
        <source>Extra care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="134"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="136"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="137"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="138"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="139"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="140"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="144"/>
        <source>The complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="146"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="147"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="148"/>
        <source>Outcome wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="152"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="154"/>
        <location filename="../../ui/detail_view.py" line="520"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="155"/>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="156"/>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="157"/>
        <source>Customer accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="158"/>
        <location filename="../../ui/detail_view.py" line="548"/>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="159"/>
        <location filename="../../ui/detail_view.py" line="551"/>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="163"/>
        <source>Follow-up and closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="165"/>
        <source>Call-back due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="166"/>
        <source>Called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="167"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="168"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="169"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="170"/>
        <source>Void reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="174"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="204"/>
        <source>Reply due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="206"/>
        <source>OVERDUE since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="211"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="211"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="213"/>
        <source>first reply by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="214"/>
        <source>follow-up waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="218"/>
        <source>(not assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="296"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="297"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="298"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="299"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="300"/>
        <source>chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="301"/>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="307"/>
        <source>Counter checklist, %1, %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="312"/>
        <source>stopped by the safety exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="317"/>
        <location filename="../../ui/detail_view.py" line="393"/>
        <location filename="../../ui/detail_view.py" line="630"/>
        <location filename="../../ui/detail_view.py" line="653"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="333"/>
        <source>opinion book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="334"/>
        <source>suggestion box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="335"/>
        <source>comment card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="341"/>
        <source>Copied from the %1 (page or slip %2), written %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="354"/>
        <source>Appointment: %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="373"/>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="380"/>
        <source>Recorded as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="382"/>
        <source>Imported from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="386"/>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="397"/>
        <source>Contact attempt (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="406"/>
        <source>Handler: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="415"/>
        <source>Deadline extended: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="422"/>
        <source>Recorded from an opinion book or suggestion box entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="424"/>
        <source>Counter checklist run attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="426"/>
        <source>Asked for more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="428"/>
        <source>Follow-up call: satisfaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="431"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="441"/>
        <source>&amp;Acknowledge (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="442"/>
        <source>&amp;Start investigating (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="443"/>
        <source>&amp;Resolve... (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="444"/>
        <source>Record &amp;follow-up... (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="446"/>
        <source>C&amp;lose... (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="454"/>
        <source>Approve e&amp;xtension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="454"/>
        <source>Ask for more &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="516"/>
        <source>Resolve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="522"/>
        <source>- choose -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="527"/>
        <source>Standard reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="533"/>
        <source>- insert a standard reply -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="537"/>
        <source>What was done for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="540"/>
        <source>Compensation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="544"/>
        <source>Customer accepted the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="574"/>
        <source>Follow-up call for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="578"/>
        <source>Satisfaction (1 = very unhappy, 5 = very happy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="584"/>
        <source>What the customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="600"/>
        <source>Close %1. The follow-up call has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="605"/>
        <source>The follow-up call is not recorded. A manager may waive it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="608"/>
        <source>Waive the follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="609"/>
        <source>Reason for the waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="612"/>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="629"/>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="639"/>
        <source>Record a contact attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="643"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="649"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="665"/>
        <source>Reassign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="669"/>
        <source>New handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="674"/>
        <location filename="../../ui/detail_view.py" line="737"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="689"/>
        <source>Ask for more time on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="690"/>
        <source>Why more time is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="695"/>
        <source>Another manager approves the request; the new due date follows the branch&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="700"/>
        <source>Approve more time on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="701"/>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="705"/>
        <source>%1 asked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="714"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="723"/>
        <source>Void %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="724"/>
        <source>Reason (the entry keeps its number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="727"/>
        <source>A void entry stays in the register, marked void, so the numbering has no gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="736"/>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <location filename="../../ui/guided_panels.py" line="274"/>
        <source>Well done. What happens to this conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="276"/>
        <source>1   Record the complaint now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="279"/>
        <source>2   Add to an existing complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="282"/>
        <source>register number, e.g. BR01-202611-0007</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="285"/>
        <source>3   Finish without a complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message>
        <location filename="../../ui/opinions_view.py" line="76"/>
        <source>Search text, name, page...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="89"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="90"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="91"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="92"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="93"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="111"/>
        <source>Selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="123"/>
        <source>Written in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="124"/>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="125"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="131"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="132"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="133"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="136"/>
        <source>Save reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="137"/>
        <source>Promote to complaint...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="138"/>
        <source>Open the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="139"/>
        <source>View scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="140"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="178"/>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="182"/>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="186"/>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="196"/>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="197"/>
        <source>Not replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="198"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="199"/>
        <source>Promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="200"/>
        <source>Not promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="233"/>
        <source>in register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="235"/>
        <source>replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="235"/>
        <source>not replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="250"/>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="253"/>
        <source>showing the newest %1; narrow the filters to see others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="274"/>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="275"/>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="285"/>
        <source>About: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="288"/>
        <source>In the register as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="319"/>
        <source>Reply saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="332"/>
        <source>Only a manager may read the audit history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="335"/>
        <source>History of entry #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../ui/app.py" line="50"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="51"/>
        <source>Complaint Book hit an unexpected problem. What you saved is safe, and what you are typing is kept as a draft. Details were written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidedView</name>
    <message>
        <location filename="../../ui/guided_view.py" line="79"/>
        <source>Leave (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="109"/>
        <source>Note for this step (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="113"/>
        <location filename="../../ui/guided_view.py" line="202"/>
        <location filename="../../ui/guided_view.py" line="414"/>
        <source>Back (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="114"/>
        <source>Skip (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="115"/>
        <source>Not applicable (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="116"/>
        <location filename="../../ui/guided_view.py" line="203"/>
        <source>Done, next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="118"/>
        <source>Still upset: three changes (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="120"/>
        <source>Safety exit (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="214"/>
        <source>With the customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="218"/>
        <source>Listening for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="326"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="327"/>
        <source>Record and continue (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="380"/>
        <source>Close (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="389"/>
        <source>Time with the customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="394"/>
        <source>Outcome wanted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="396"/>
        <source>Promised by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="399"/>
        <source>Changes needed: %1 of 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="430"/>
        <source>No complaint has the register number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="27"/>
        <source>Each line is a saved change. The trail is chained and cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="40"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="41"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="42"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="43"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="44"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="45"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/home_view.py" line="34"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="36"/>
        <source>New complaint (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="47"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="48"/>
        <location filename="../../ui/home_view.py" line="69"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="49"/>
        <source>Due in 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="50"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="51"/>
        <source>Received this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="68"/>
        <source>Overdue: reply date passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="70"/>
        <source>Due in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="87"/>
        <source>Appointments booked with customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="94"/>
        <source>At the counter this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="101"/>
        <source>Opinion book and suggestion box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="136"/>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="144"/>
        <source>Today&apos;s reading of the opinion book is not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="149"/>
        <source>%1 complaint(s) from the book or box not answered or registered within 3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="155"/>
        <source>Suggestion box opening missed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="164"/>
        <source>All read, answered and opened on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="175"/>
        <source>no complaint yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="181"/>
        <source>No appointments ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="184"/>
        <source>Checklist runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="187"/>
        <source>Changed person %1, place %2, time %3; safety exits %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="195"/>
        <source>Median time to calm: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="202"/>
        <source>Most skipped steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake_form.py" line="126"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="132"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="133"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="135"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="143"/>
        <source>Needs extra care (vulnerable customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="146"/>
        <source>What help the customer needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="147"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="148"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="149"/>
        <source>ID or account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="151"/>
        <source>Care note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="154"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="164"/>
        <source>Service, product or counter concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="165"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="166"/>
        <source>Subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="167"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="168"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="169"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="170"/>
        <source>Staff complained about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="171"/>
        <source>Service concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="174"/>
        <source>The complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="177"/>
        <source>One line: what went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="180"/>
        <source>What the customer said happened, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="184"/>
        <source>Ask: what would you like us to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="186"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="187"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="188"/>
        <source>Outcome the customer wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="190"/>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="193"/>
        <source>Promised to the customer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="202"/>
        <source>Completion time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="203"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="204"/>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="215"/>
        <source>Discard (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="216"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="308"/>
        <location filename="../../ui/intake_form.py" line="319"/>
        <source>- choose -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="323"/>
        <source>(not yet known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="328"/>
        <source>(nobody named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="330"/>
        <source>(not assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="340"/>
        <source>(general)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="384"/>
        <source>shown once channel and category are chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="394"/>
        <source>%1 (first reply by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="471"/>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="481"/>
        <source>Edit complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="505"/>
        <source>Draft kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="564"/>
        <source>Discard this complaint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="565"/>
        <source>What you typed will be lost. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Complaint Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Switch user / lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Customer is upset (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Opinion book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Standard replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>This register is open read-only on this PC (the file or its folder cannot be written). You can read and print; nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>The screen was locked. Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Branch not set up yet (code %1): see Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>A counter checklist started at %1 was not finished. Resume it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>Checklist added to the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>A complaint you had not saved was kept from %1. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569"/>
        <source>Only a manager may restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="578"/>
        <source>Restored the backup of %1 (%2 complaints). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumbersTab</name>
    <message>
        <location filename="../../ui/opinions_view.py" line="598"/>
        <source>Praise by staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="600"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="600"/>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="629"/>
        <source>Entries: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="632"/>
        <source>Promoted to complaints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="633"/>
        <source>Replied: %1 (%2 of those needing a reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="636"/>
        <source>Days read and signed: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="639"/>
        <source>Suggestion box openings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionForm</name>
    <message>
        <location filename="../../ui/opinion_form.py" line="65"/>
        <source>Transcribe an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="83"/>
        <source>book page or slip number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="88"/>
        <source>- choose -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="93"/>
        <source>The customer&apos;s words, as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="97"/>
        <source>leave empty if anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="104"/>
        <source>Attach scan or photo...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="109"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="110"/>
        <source>Box opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="111"/>
        <source>Page / slip no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="112"/>
        <source>Date written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="113"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="114"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="115"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="116"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="117"/>
        <source>About staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="118"/>
        <source>About service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="119"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="120"/>
        <source>Save and next (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="158"/>
        <source>(nobody named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="164"/>
        <source>(not from a box opening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="171"/>
        <source>Opened %1 (witness %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="196"/>
        <source>Choose the scan or photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="198"/>
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionNames</name>
    <message>
        <location filename="../../ui/opinion_form.py" line="43"/>
        <source>Opinion book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="44"/>
        <source>Suggestion box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="45"/>
        <source>Comment card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="51"/>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="52"/>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="53"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="54"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionsView</name>
    <message>
        <location filename="../../ui/opinions_view.py" line="659"/>
        <source>Opinion book and suggestion box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="667"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="668"/>
        <source>Suggestion box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="669"/>
        <source>Daily reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="670"/>
        <source>Numbers and praise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingTab</name>
    <message>
        <location filename="../../ui/opinions_view.py" line="544"/>
        <source>The branch head, or a manager standing in, reads the opinion book every day and signs it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="556"/>
        <source>I have read today&apos;s entries: sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="559"/>
        <source>Days in the last two weeks without a sign-off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="562"/>
        <source>Sign the selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="579"/>
        <source>Signed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/register_model.py" line="49"/>
        <source>Register no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="50"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="51"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="52"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="53"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="54"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="55"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="57"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="137"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../ui/register_view.py" line="36"/>
        <source>Complaint register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="42"/>
        <source>Search number, customer, phone, text... (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="48"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="51"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="52"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="53"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="54"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="104"/>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="114"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="115"/>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="119"/>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="123"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/register_view.py" line="158"/>
        <source>%n complaint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesView</name>
    <message>
        <location filename="../../ui/replies_view.py" line="41"/>
        <source>Standard replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="43"/>
        <source>Save the booklet as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="50"/>
        <source>Agreed answers to what customers object to most often. Replies of the commonest categories come first; each use is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="70"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="75"/>
        <source>What the customer says or wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="78"/>
        <source>The answer we agreed to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="79"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="80"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="81"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="83"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="84"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="86"/>
        <location filename="../../ui/replies_view.py" line="139"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="107"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/replies_view.py" line="109"/>
        <source>used %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="139"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="168"/>
        <source>Reply saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="186"/>
        <source>Save the booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="189"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="201"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="208"/>
        <source>Booklet with %1 replies saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports_view.py" line="76"/>
        <source>Monthly complaint register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="84"/>
        <source>Make the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="86"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="89"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="89"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="104"/>
        <source>&lt; Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="107"/>
        <source>Next page &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="112"/>
        <source>Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="113"/>
        <source>Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="114"/>
        <source>Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="115"/>
        <source>Export Excel...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="121"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="211"/>
        <source>Reading complaints: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="214"/>
        <source>Laying out page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="221"/>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="223"/>
        <source>Register ready: %1 complaints on %2 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="233"/>
        <source>The register could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="237"/>
        <source>Cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="284"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="305"/>
        <source>Sent %1 pages to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="323"/>
        <source>Save the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="325"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="335"/>
        <location filename="../../ui/reports_view.py" line="368"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="341"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="349"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="349"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="352"/>
        <source>Export the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="375"/>
        <source>Exported %1 complaints to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RungPanel</name>
    <message>
        <location filename="../../ui/guided_panels.py" line="154"/>
        <source>You can say:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="174"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="199"/>
        <source>Customer still upset: change %1 of 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="205"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="226"/>
        <source>Who takes over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="227"/>
        <source>Where you moved to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="228"/>
        <source>When, and with which senior manager:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <location filename="../../ui/guided_panels.py" line="253"/>
        <source>What happened (optional, can be written later)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings_view.py" line="53"/>
        <source>Branch settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="62"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="66"/>
        <source>Starts every register number, e.g. BR01-202603-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="71"/>
        <source>Two-letter country code for public holidays: CN, VN, GB, TW, HK...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="78"/>
        <source>Branch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="79"/>
        <source>Branch code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="80"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="81"/>
        <source>Branch head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="82"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="83"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="84"/>
        <source>Deadline policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="85"/>
        <source>Custom: working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="86"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="87"/>
        <source>Clerks may sign in with a 6-digit PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="90"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="94"/>
        <source>Lock the screen after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="95"/>
        <source>Keep personal data (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="96"/>
        <source>Anonymise old personal data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="99"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="105"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="111"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="115"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="122"/>
        <source>Deactivate / reactivate selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="125"/>
        <source>Set sign-in of selected...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="128"/>
        <source>History of selected...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="134"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="138"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="139"/>
        <source>Restore...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="140"/>
        <source>Second copy to folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="178"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="196"/>
        <source>Data folder: %1
Newest backup: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="203"/>
        <source>Data folder: %1
No backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="209"/>
        <source>Choose a backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="210"/>
        <source>Complaint Book backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="217"/>
        <source>Folder for a second copy of each backup (e.g. a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="250"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="262"/>
        <source>Staff member added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="270"/>
        <location filename="../../ui/settings_view.py" line="321"/>
        <location filename="../../ui/settings_view.py" line="358"/>
        <source>Select a staff member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="273"/>
        <source>Only a manager may read the audit history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="276"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="290"/>
        <source>No closed complaint is older than the retention period with personal data left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="297"/>
        <source>... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="299"/>
        <source>Anonymise personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="302"/>
        <source>Anonymised %1 complaint(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="308"/>
        <source>Names, phone numbers, ID numbers and care notes of these %1 closed complaint(s) will be removed. Counts and statistics stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="338"/>
        <source>Sign-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="340"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="341"/>
        <source>New password (empty: keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="342"/>
        <source>New 6-digit PIN (clerks; empty: keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="343"/>
        <source>Also lift a lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="347"/>
        <source>Passwords are stored only as Argon2id hashes; nobody can read them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="351"/>
        <source>Sign-in saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../ui/sign_in_view.py" line="114"/>
        <source>Welcome: set up your branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="118"/>
        <source>This takes a minute. You become the first manager and can add staff afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="141"/>
        <source>Clerks may sign in with a 6-digit PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="149"/>
        <source>Branch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="150"/>
        <source>Branch code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="151"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="152"/>
        <source>Deadline policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="153"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="155"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="156"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="157"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="158"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="161"/>
        <source>Set up and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="176"/>
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../../ui/sign_in_view.py" line="48"/>
        <source>Complaint Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="61"/>
        <source>password, or PIN if allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="62"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="63"/>
        <source>Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="64"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../ui/guided_panels.py" line="52"/>
        <source>You can say:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="72"/>
        <source>Standard replies for this kind of complaint (double-click to use):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="100"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../models/attachments.py" line="26"/>
        <source>A scan must be a picture (PNG, JPEG...) or a PDF, not {suffix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/attachments.py" line="36"/>
        <source>The scan is larger than 25 MB; scan at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/attachments.py" line="47"/>
        <location filename="../../models/importer.py" line="320"/>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="48"/>
        <location filename="../../models/branch.py" line="134"/>
        <location filename="../../models/complaints.py" line="165"/>
        <source>No staff member #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="56"/>
        <source>A password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="63"/>
        <source>A PIN is exactly six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="69"/>
        <source>Only a manager may set another person&apos;s sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="91"/>
        <source>A user name is 2-40 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="99"/>
        <source>That user name is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="113"/>
        <source>PINs are allowed only for clerks, when a manager has switched them on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="126"/>
        <source>Only a manager may reset an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="141"/>
        <source>Too many wrong attempts: this account is locked for {minutes} more minute(s), or until a manager resets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="145"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="236"/>
        <source>The branch is already set up; sign in as a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="66"/>
        <source>The backup copy failed its integrity check: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="74"/>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="146"/>
        <source>No such file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="159"/>
        <source>{path} is not a usable Complaint Book database: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="165"/>
        <source>{path} is damaged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="169"/>
        <source>{path} was written by a newer version of Complaint Book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="41"/>
        <location filename="../../models/opinions.py" line="274"/>
        <source>Only a manager may change the branch settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="60"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="70"/>
        <source>Branch code must be 1-16 letters or digits (it starts every register number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="76"/>
        <source>The branch needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="83"/>
        <source>Currency is a three-letter code such as CNY, VND or GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="89"/>
        <location filename="../../models/deadlines.py" line="105"/>
        <source>Unknown deadline policy {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="93"/>
        <source>Unknown category preset {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="116"/>
        <source>Only a manager may add staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="119"/>
        <source>Enter the staff member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="122"/>
        <source>Role must be clerk or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="130"/>
        <source>Only a manager may change staff accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/checklists.py" line="33"/>
        <source>The checklist file has {count} problem(s):
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="98"/>
        <source>Write a one-line summary of the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="102"/>
        <source>Ask the customer what outcome they want, and write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="111"/>
        <source>A phone number may hold only digits, spaces and + - ( ) . /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="121"/>
        <source>The received time is in the future; check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="129"/>
        <source>The promised completion time is before the complaint was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="136"/>
        <source>Choose the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="137"/>
        <source>Choose the scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="138"/>
        <source>Choose the severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="144"/>
        <source>Unknown code {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="149"/>
        <location filename="../../models/replies.py" line="133"/>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="153"/>
        <source>Unknown category {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="158"/>
        <source>Unknown cause {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="170"/>
        <source>The handler cannot be the staff member the complaint is about; choose someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="209"/>
        <location filename="../../models/importer.py" line="244"/>
        <source>Register number {value} is not CODE-YYYYMM-NNNN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="240"/>
        <location filename="../../models/guided.py" line="319"/>
        <source>No complaint #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="252"/>
        <source>Complaint {register_no} is assigned to someone else; only its handler or a manager may work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="260"/>
        <source>Complaint {register_no} was changed by someone else after you opened it. Open it again to see their change, then make yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="289"/>
        <source>Complaint {register_no} is {status}; reopen it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="298"/>
        <source>The received date cannot move to another month: the register number belongs to its month. Void this entry with a reason and record it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="77"/>
        <source>Unsupported database address {url}: use sqlite:///PATH or postgresql://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="116"/>
        <source>The disk is full, so nothing was saved. Free some space (or ask for help), then save again: what you typed is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="124"/>
        <source>The register is open read-only here, so nothing can be saved on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="130"/>
        <source>The register is busy: another program is writing to it. Nothing was saved; wait a moment and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/deadlines.py" line="37"/>
        <source>No public holiday calendar is known for country code {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="46"/>
        <source>Only a manager may import a checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="64"/>
        <source>No checklist run #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="72"/>
        <source>This checklist run has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="156"/>
        <source>Enter the date and time you promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="162"/>
        <source>The promised time is already in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="172"/>
        <source>Write down the customer&apos;s answer, or skip the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="216"/>
        <source>All three changes have been tried; book the appointment or use the safety exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="228"/>
        <source>Choose the colleague who takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="238"/>
        <source>Write where you moved to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="248"/>
        <source>Choose the senior manager the customer will meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="255"/>
        <source>Choose a date and time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="322"/>
        <source>This run already belongs to another complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="33"/>
        <location filename="../../models/importer.py" line="108"/>
        <source>{column} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="34"/>
        <source>{column}: {value} is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="74"/>
        <source>{column}: {value} is not an ISO 8601 date-time (e.g. 2026-03-05T14:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="98"/>
        <source>{column}: {value} is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="115"/>
        <source>{column}: {value} is unknown; use one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="218"/>
        <source>satisfaction must be 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="228"/>
        <source>extension_level must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="254"/>
        <source>Register number {value} is not in the month it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="267"/>
        <source>Register number {value} is already in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="277"/>
        <source>A closed complaint needs closed_at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="283"/>
        <source>A void entry needs void_reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="290"/>
        <source>A resolved or closed complaint needs a resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="315"/>
        <source>Only a manager may import complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="326"/>
        <source>{file} is neither UTF-8 nor GB18030 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="334"/>
        <source>{file} lacks the column(s) {missing}; the first line must name the columns as the README lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="36"/>
        <source>Complaint {register_no} is {status}; only a newly received complaint is acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="40"/>
        <source>Complaint {register_no} is {status}; acknowledge it before investigating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="43"/>
        <source>Complaint {register_no} is {status}; only a complaint under investigation is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="47"/>
        <source>Complaint {register_no} is {status}; this needs a resolved complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="50"/>
        <source>Complaint {register_no} is {status}; only a resolved or closed complaint is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="54"/>
        <source>Complaint {register_no} is {status}; this is possible only while it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="80"/>
        <source>Give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="112"/>
        <source>{value} is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="118"/>
        <source>Compensation must be zero or a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="140"/>
        <source>Choose whether the complaint was upheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="145"/>
        <source>Describe what was done for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="187"/>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="215"/>
        <source>A complaint can be closed only once it has a resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="222"/>
        <source>Record the root cause before closing: it is what the branch learns from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="231"/>
        <source>The follow-up call has not been recorded. Record it, or have a manager waive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="239"/>
        <source>Only a manager may waive the follow-up call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="252"/>
        <source>Only a manager may void a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="258"/>
        <source>Complaint {register_no} is already void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="269"/>
        <source>Only a manager may reopen a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="308"/>
        <source>More time has already been asked for; a manager must approve it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="324"/>
        <source>Only a manager may approve a deadline extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="334"/>
        <source>Nobody has asked for more time on this complaint yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="338"/>
        <source>You asked for this extension yourself; another manager must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="354"/>
        <source>No further extension is allowed under this branch&apos;s deadline policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="363"/>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="377"/>
        <source>Choose how the customer was contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="381"/>
        <source>Choose the result of the contact attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="396"/>
        <source>Only a manager may assign or reassign a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="405"/>
        <source>Choose an active staff member as handler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="410"/>
        <source>The handler cannot be the staff member the complaint is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/migrations.py" line="143"/>
        <source>This database was written by a newer version of Complaint Book (schema {found}; this app knows up to {known}). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="62"/>
        <source>Choose where the entry comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="67"/>
        <source>Choose the kind: praise, suggestion, question or complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="72"/>
        <source>Copy the customer&apos;s words into the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="77"/>
        <source>The date written is in the future; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="84"/>
        <location filename="../../models/opinions.py" line="217"/>
        <source>No suggestion box opening #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="88"/>
        <location filename="../../models/opinions.py" line="221"/>
        <source>That box opening is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="110"/>
        <source>No opinion entry #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="119"/>
        <source>Write the reply that was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="122"/>
        <source>Choose how the reply was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="154"/>
        <source>This entry is already in the register as {register_no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="182"/>
        <source>An opening needs a witness; write their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="187"/>
        <source>The witness must be someone other than the person opening the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="193"/>
        <source>Count the slips found (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="227"/>
        <source>{found} slips were counted but {entered} entered. Enter the missing slips, or explain the difference before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="279"/>
        <source>Choose at least one weekday for opening the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="294"/>
        <source>Only the branch head or a manager may sign the daily reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="299"/>
        <source>A day in the future cannot be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/replies.py" line="111"/>
        <source>Write the reply&apos;s title and text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/replies.py" line="128"/>
        <location filename="../../models/replies.py" line="159"/>
        <source>Only a manager may change the standard replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/replies.py" line="137"/>
        <location filename="../../models/replies.py" line="164"/>
        <source>No standard reply #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/restore.py" line="34"/>
        <source>{path} has a broken audit trail at {where}; it was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/restore.py" line="48"/>
        <source>Restoring a backup works for a database file only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/retention.py" line="58"/>
        <source>Only a manager may anonymise personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/store.py" line="30"/>
        <source>The register file {file} is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/store.py" line="81"/>
        <source>Cannot open the database at {where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/text.py" line="38"/>
        <source>This text is {length:,} characters long; the limit is {limit:,}. Shorten it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
