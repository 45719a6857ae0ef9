<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="165"/>
        <source>Opening the register...

The first start after an update can take a few minutes with a large register, while it is brought up to date.</source>
        <translation>Đang mở sổ đăng ký...

Lần mở đầu tiên sau khi cập nhật có thể mất vài phút nếu sổ đăng ký lớn, trong lúc sổ được chuyển sang phiên bản mới.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="207"/>
        <source>This PC is set to work on the branch server (Settings, Branch server). Complaint Book needs it to open the register.</source>
        <translation>Máy này đã được cài đặt để làm việc trên máy chủ chi nhánh (Cài đặt, mục Máy chủ chi nhánh). Sổ Khiếu Nại cần kết nối tới máy chủ đó để mở sổ đăng ký.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="227"/>
        <source>Complaint Book is already open with this register (by %1 on %2). Its window has been brought to the front.</source>
        <translation>Sổ Khiếu Nại đang mở sẵn sổ đăng ký này (do %1 mở trên máy %2). Cửa sổ đó đã được đưa lên trên cùng.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="255"/>
        <source>The register file was damaged. It was moved aside (nothing in it was changed): %1</source>
        <translation>Tệp sổ đăng ký bị hỏng. Tệp đã được chuyển sang chỗ khác (nội dung không bị thay đổi): %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="261"/>
        <source>No backup was found.</source>
        <translation>Không tìm thấy bản sao lưu nào.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="263"/>
        <source>Restore the newest good backup, from %1 (%2 complaints)?</source>
        <translation>Khôi phục bản sao lưu tốt gần nhất, lập lúc %1 (%2 khiếu nại)?</translation>
    </message>
</context>
<context>
    <name>BoxTab</name>
    <message>
        <location filename="../../ui/opinions_view.py" line="349"/>
        <source>Open the box</source>
        <translation>Mở hộp thư</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="355"/>
        <source>Record the opening</source>
        <translation>Ghi nhận lần mở hộp</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="357"/>
        <source>Witness</source>
        <translation>Người chứng kiến</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="358"/>
        <source>Slips found</source>
        <translation>Số phiếu đếm được</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="360"/>
        <source>Opening schedule</source>
        <translation>Lịch mở hộp</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="364"/>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="365"/>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="366"/>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="367"/>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="368"/>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="369"/>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="370"/>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="375"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="383"/>
        <source>Openings</source>
        <translation>Các lần mở hộp</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="393"/>
        <source>If the numbers differ: why (e.g. two slips stapled together)</source>
        <translation>Nếu số lượng chênh lệch: lý do (ví dụ hai phiếu bị ghim dính vào nhau)</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="397"/>
        <source>Transcribe its slips</source>
        <translation>Nhập các phiếu góp ý</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="398"/>
        <source>Close the opening</source>
        <translation>Kết thúc lần mở hộp</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="399"/>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="424"/>
        <source>Missed openings: %1</source>
        <translation>Lần mở hộp bị bỏ lỡ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="435"/>
        <source>closed</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="435"/>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="436"/>
        <source>%1 · by %2, witness %3 · counted %4, entered %5 · %6</source>
        <translation>%1 · người mở %2, người chứng kiến %3 · đếm được %4, đã nhập %5 · %6</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="468"/>
        <source>All %1 slips are entered.</source>
        <translation>Đã nhập đủ cả %1 phiếu.</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="473"/>
        <source>%1 slips were counted but %2 are entered.</source>
        <translation>Đếm được %1 phiếu nhưng mới nhập %2 phiếu.</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="492"/>
        <source>Opening recorded. Now transcribe its slips.</source>
        <translation>Đã ghi nhận lần mở hộp. Bây giờ hãy nhập các phiếu góp ý.</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="505"/>
        <source>Schedule saved.</source>
        <translation>Đã lưu lịch mở hộp.</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="517"/>
        <source>History of the opening</source>
        <translation>Lịch sử lần mở hộp</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="521"/>
        <source>Only a manager may read the audit history.</source>
        <translation>Chỉ quản lý mới được xem lịch sử thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="535"/>
        <source>Opening closed.</source>
        <translation>Đã kết thúc lần mở hộp.</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/detail_view.py" line="66"/>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="93"/>
        <source>Add &amp;note</source>
        <translation>Thêm ghi chú (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="94"/>
        <source>&amp;Contact attempt</source>
        <translation>Ghi lần liên hệ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="95"/>
        <source>Re&amp;assign</source>
        <translation>Phân công lại (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="96"/>
        <source>E&amp;xtend deadline</source>
        <translation>Gia hạn (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="97"/>
        <source>&amp;Edit</source>
        <translation>Sửa (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="98"/>
        <source>Re&amp;open</source>
        <translation>Mở lại (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="99"/>
        <source>&amp;Void</source>
        <translation>Hủy (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="100"/>
        <source>&amp;History</source>
        <translation>Lịc&amp;h sử</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="115"/>
        <source>Receipt</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="117"/>
        <source>Received</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="118"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="119"/>
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="120"/>
        <source>Promised by</source>
        <translation>Hẹn hoàn thành</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="121"/>
        <source>Reply due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="125"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="127"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="128"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="129"/>
        <source>ID or account no.</source>
        <translation>Số giấy tờ hoặc tài khoản</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="130"/>
        <source>Extra care</source>
        <translation>Cần hỗ trợ đặc biệt</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="134"/>
        <source>Classification</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="136"/>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="137"/>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="138"/>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="139"/>
        <source>Severity</source>
        <translation>Mức độ nghiêm trọng</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="140"/>
        <source>About</source>
        <translation>Liên quan đến</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="144"/>
        <source>The complaint</source>
        <translation>Nội dung khiếu nại</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="146"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="147"/>
        <source>Description</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="148"/>
        <source>Outcome wanted</source>
        <translation>Khách hàng mong muốn</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="152"/>
        <source>Resolution</source>
        <translation>Kết quả giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="154"/>
        <location filename="../../ui/detail_view.py" line="520"/>
        <source>Decision</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="155"/>
        <source>Remedy</source>
        <translation>Biện pháp xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="156"/>
        <source>Compensation</source>
        <translation>Bồi thường</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="157"/>
        <source>Customer accepted</source>
        <translation>Khách hàng đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="158"/>
        <location filename="../../ui/detail_view.py" line="548"/>
        <source>Root cause</source>
        <translation>Nguyên nhân gốc</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="159"/>
        <location filename="../../ui/detail_view.py" line="551"/>
        <source>Corrective action</source>
        <translation>Biện pháp khắc phục</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="163"/>
        <source>Follow-up and closing</source>
        <translation>Gọi lại và đóng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="165"/>
        <source>Call-back due</source>
        <translation>Hạn gọi lại</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="166"/>
        <source>Called back</source>
        <translation>Đã gọi lại lúc</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="167"/>
        <source>Satisfaction</source>
        <translation>Mức độ hài lòng</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="168"/>
        <source>Comment</source>
        <translation>Ý kiến khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="169"/>
        <source>Closed</source>
        <translation>Đóng hồ sơ lúc</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="170"/>
        <source>Void reason</source>
        <translation>Lý do hủy</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="174"/>
        <source>Timeline</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="204"/>
        <source>Reply due %1</source>
        <translation>Hạn trả lời %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="206"/>
        <source>OVERDUE since %1</source>
        <translation>QUÁ HẠN từ %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="211"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="211"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="213"/>
        <source>first reply by %1</source>
        <translation>trả lời lần đầu trước %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="214"/>
        <source>follow-up waived</source>
        <translation>được miễn gọi lại</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="218"/>
        <source>(not assigned)</source>
        <translation>(chưa phân công)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="296"/>
        <source>done</source>
        <translation>đã làm</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="297"/>
        <source>skipped</source>
        <translation>đã bỏ qua</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="298"/>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="299"/>
        <source>answered</source>
        <translation>đã trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="300"/>
        <source>chose</source>
        <translation>đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="301"/>
        <source>recorded</source>
        <translation>đã ghi nhận</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="307"/>
        <source>Counter checklist, %1, %2 min</source>
        <translation>Hướng dẫn xoa dịu tại quầy, %1, %2 phút</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="312"/>
        <source>stopped by the safety exit</source>
        <translation>dừng bằng thoát an toàn</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="317"/>
        <location filename="../../ui/detail_view.py" line="393"/>
        <location filename="../../ui/detail_view.py" line="630"/>
        <location filename="../../ui/detail_view.py" line="653"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="333"/>
        <source>opinion book</source>
        <translation>sổ góp ý</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="334"/>
        <source>suggestion box</source>
        <translation>hộp thư góp ý</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="335"/>
        <source>comment card</source>
        <translation>phiếu góp ý</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="341"/>
        <source>Copied from the %1 (page or slip %2), written %3</source>
        <translation>Chép từ %1 (trang hoặc phiếu số %2), khách viết ngày %3</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="354"/>
        <source>Appointment: %1 with %2</source>
        <translation>Lịch hẹn: %1 với %2</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="373"/>
        <source>command line</source>
        <translation>dòng lệnh</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="380"/>
        <source>Recorded as %1</source>
        <translation>Đã vào sổ với số %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="382"/>
        <source>Imported from a CSV file</source>
        <translation>Nhập từ tệp CSV</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="386"/>
        <source>Status: %1 → %2</source>
        <translation>Trạng thái: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="397"/>
        <source>Contact attempt (%1): %2</source>
        <translation>Liên hệ khách hàng (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="406"/>
        <source>Handler: %1 → %2</source>
        <translation>Người xử lý: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="415"/>
        <source>Deadline extended: %1 → %2</source>
        <translation>Gia hạn: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="422"/>
        <source>Recorded from an opinion book or suggestion box entry</source>
        <translation>Vào sổ từ một góp ý trong sổ góp ý hoặc hộp thư góp ý</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="424"/>
        <source>Counter checklist run attached</source>
        <translation>Đã đính kèm lượt hướng dẫn xoa dịu tại quầy</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="426"/>
        <source>Asked for more time</source>
        <translation>Đã xin gia hạn</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="428"/>
        <source>Follow-up call: satisfaction %1</source>
        <translation>Gọi lại: mức độ hài lòng %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="431"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="445"/>
        <source>(removed)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="441"/>
        <source>&amp;Acknowledge (Ctrl+Enter)</source>
        <translation>Xác nhận đã tiếp nhận (&amp;A) (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="442"/>
        <source>&amp;Start investigating (Ctrl+Enter)</source>
        <translation>Bắt đầu điều tra (&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="443"/>
        <source>&amp;Resolve... (Ctrl+Enter)</source>
        <translation>Giải quyết (&amp;R)... (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="444"/>
        <source>Record &amp;follow-up... (Ctrl+Enter)</source>
        <translation>Ghi kết quả gọi lại (&amp;F)... (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="446"/>
        <source>C&amp;lose... (Ctrl+Enter)</source>
        <translation>Đóng hồ sơ (&amp;L)... (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="454"/>
        <source>Approve e&amp;xtension</source>
        <translation>Duyệt gia hạn (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="454"/>
        <source>Ask for more &amp;time</source>
        <translation>Xin &amp;thêm thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="516"/>
        <source>Resolve %1</source>
        <translation>Giải quyết %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="522"/>
        <source>- choose -</source>
        <translation>- chọn -</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="527"/>
        <source>Standard reply</source>
        <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="533"/>
        <source>- insert a standard reply -</source>
        <translation>- chèn câu trả lời mẫu -</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="537"/>
        <source>What was done for the customer</source>
        <translation>Đã làm gì cho khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="540"/>
        <source>Compensation (%1)</source>
        <translation>Bồi thường (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="544"/>
        <source>Customer accepted the resolution</source>
        <translation>Khách hàng đồng ý với cách giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="574"/>
        <source>Follow-up call for %1</source>
        <translation>Gọi lại cho %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="578"/>
        <source>Satisfaction (1 = very unhappy, 5 = very happy)</source>
        <translation>Mức độ hài lòng (1 = rất không hài lòng, 5 = rất hài lòng)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="584"/>
        <source>What the customer said</source>
        <translation>Khách hàng nói gì</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="600"/>
        <source>Close %1. The follow-up call has been recorded.</source>
        <translation>Đóng hồ sơ %1. Cuộc gọi lại đã được ghi nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="605"/>
        <source>The follow-up call is not recorded. A manager may waive it with a reason.</source>
        <translation>Chưa ghi nhận cuộc gọi lại. Quản lý có thể miễn gọi lại nếu nêu lý do.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="608"/>
        <source>Waive the follow-up call</source>
        <translation>Miễn gọi lại</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="609"/>
        <source>Reason for the waiver</source>
        <translation>Lý do miễn</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="612"/>
        <source>Close %1</source>
        <translation>Đóng hồ sơ %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="629"/>
        <source>Add a note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="639"/>
        <source>Record a contact attempt</source>
        <translation>Ghi nhận lần liên hệ</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="643"/>
        <source>How</source>
        <translation>Cách liên hệ</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="649"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="665"/>
        <source>Reassign %1</source>
        <translation>Phân công lại %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="669"/>
        <source>New handler</source>
        <translation>Người xử lý mới</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="674"/>
        <location filename="../../ui/detail_view.py" line="737"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="689"/>
        <source>Ask for more time on %1</source>
        <translation>Xin gia hạn cho %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="690"/>
        <source>Why more time is needed</source>
        <translation>Lý do cần thêm thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="695"/>
        <source>Another manager approves the request; the new due date follows the branch&apos;s policy.</source>
        <translation>Một quản lý khác sẽ duyệt đề nghị này; hạn mới tính theo quy định thời hạn của chi nhánh.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="700"/>
        <source>Approve more time on %1</source>
        <translation>Duyệt gia hạn cho %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="701"/>
        <source>Comment (optional)</source>
        <translation>Ý kiến (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="705"/>
        <source>%1 asked: %2</source>
        <translation>%1 đề nghị: %2</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="714"/>
        <source>History of %1</source>
        <translation>Lịch sử thay đổi của %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="723"/>
        <source>Void %1</source>
        <translation>Hủy %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="724"/>
        <source>Reason (the entry keeps its number)</source>
        <translation>Lý do (mục này vẫn giữ số đăng ký)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="727"/>
        <source>A void entry stays in the register, marked void, so the numbering has no gaps.</source>
        <translation>Mục đã hủy vẫn nằm trong sổ, được đánh dấu là đã hủy, để số thứ tự không bị đứt quãng.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="736"/>
        <source>Reopen %1</source>
        <translation>Mở lại %1</translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <location filename="../../ui/guided_panels.py" line="276"/>
        <source>Well done. What happens to this conversation?</source>
        <translation>Bạn đã làm tốt. Cuộc tiếp khách này sẽ được xử lý thế nào?</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="278"/>
        <source>1   Record the complaint now</source>
        <translation>1   Vào sổ khiếu nại ngay</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="281"/>
        <source>2   Add to an existing complaint:</source>
        <translation>2   Bổ sung vào khiếu nại đã có:</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="284"/>
        <source>register number, e.g. BR01-202611-0007</source>
        <translation>số đăng ký, ví dụ BR01-202611-0007</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="287"/>
        <source>3   Finish without a complaint</source>
        <translation>3   Kết thúc, không ghi khiếu nại</translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message>
        <location filename="../../ui/opinions_view.py" line="68"/>
        <source>Search text, name, page...</source>
        <translation>Tìm nội dung, họ tên, trang...</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="81"/>
        <source>Written</source>
        <translation>Ngày viết</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="82"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="83"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="84"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="85"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="103"/>
        <source>Selected entry</source>
        <translation>Góp ý đang chọn</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="115"/>
        <source>Written in the book</source>
        <translation>Viết vào sổ</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="116"/>
        <source>By phone</source>
        <translation>Qua điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="117"/>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="123"/>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="124"/>
        <source>Given</source>
        <translation>Cách trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="125"/>
        <source>On</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="128"/>
        <source>Save reply</source>
        <translation>Lưu câu trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="129"/>
        <source>Promote to complaint...</source>
        <translation>Chuyển thành khiếu nại...</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="130"/>
        <source>Open the complaint</source>
        <translation>Mở khiếu nại</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="131"/>
        <source>View scan</source>
        <translation>Xem bản quét</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="132"/>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="170"/>
        <source>Any source</source>
        <translation>Mọi nguồn</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="174"/>
        <source>Any kind</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="178"/>
        <source>All months</source>
        <translation>Mọi tháng</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="183"/>
        <source>Any state</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="184"/>
        <source>Not replied</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="185"/>
        <source>Replied</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="186"/>
        <source>Promoted</source>
        <translation>Đã chuyển thành khiếu nại</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="187"/>
        <source>Not promoted</source>
        <translation>Chưa chuyển thành khiếu nại</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="220"/>
        <source>in register</source>
        <translation>đã vào sổ</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="222"/>
        <source>replied</source>
        <translation>đã trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="222"/>
        <source>not replied</source>
        <translation>chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="237"/>
        <source>%1 entries</source>
        <translation>%1 góp ý</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="240"/>
        <source>showing the newest %1; narrow the filters to see others</source>
        <translation>đang hiện %1 góp ý mới nhất; thu hẹp bộ lọc để xem các góp ý khác</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="261"/>
        <source>anonymous</source>
        <translation>ẩn danh</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="262"/>
        <source>From: %1</source>
        <translation>Người viết: %1</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="272"/>
        <source>About: %1</source>
        <translation>Liên quan đến: %1</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="275"/>
        <source>In the register as %1</source>
        <translation>Đã vào sổ khiếu nại với số %1</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="306"/>
        <source>Reply saved.</source>
        <translation>Đã lưu câu trả lời.</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="320"/>
        <source>Only a manager may read the audit history.</source>
        <translation>Chỉ quản lý mới được xem lịch sử thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="324"/>
        <source>History of entry #%1</source>
        <translation>Lịch sử thay đổi của góp ý #%1</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../ui/app.py" line="67"/>
        <source>Something went wrong</source>
        <translation>Đã xảy ra sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="58"/>
        <source>Complaint Book hit an unexpected problem. What you saved is safe, and what you are typing is kept as a draft. Details were written to %1.</source>
        <translation>Sổ Khiếu Nại gặp sự cố ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn, phần bạn đang nhập được giữ lại thành bản nháp. Chi tiết lỗi đã được ghi vào %1.</translation>
    </message>
</context>
<context>
    <name>GuidedView</name>
    <message>
        <location filename="../../ui/guided_view.py" line="78"/>
        <source>Leave (Esc)</source>
        <translation>Thoát (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="108"/>
        <source>Note for this step (optional)</source>
        <translation>Ghi chú cho bước này (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="112"/>
        <location filename="../../ui/guided_view.py" line="201"/>
        <location filename="../../ui/guided_view.py" line="411"/>
        <source>Back (Backspace)</source>
        <translation>Quay lại (Backspace)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="113"/>
        <source>Skip (S)</source>
        <translation>Bỏ qua (S)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="114"/>
        <source>Not applicable (N)</source>
        <translation>Không áp dụng (N)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="115"/>
        <location filename="../../ui/guided_view.py" line="202"/>
        <source>Done, next (Enter)</source>
        <translation>Xong, tiếp theo (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="117"/>
        <source>Still upset: three changes (E)</source>
        <translation>Khách vẫn bức xúc: ba thay đổi (E)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="119"/>
        <source>Safety exit (F12)</source>
        <translation>Thoát an toàn (F12)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="213"/>
        <source>With the customer: %1</source>
        <translation>Người tiếp khách: %1</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="217"/>
        <source>Listening for %1</source>
        <translation>Đã lắng nghe %1</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="325"/>
        <source>Cancel (Esc)</source>
        <translation>Hủy bỏ (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="326"/>
        <source>Record and continue (Enter)</source>
        <translation>Ghi lại và tiếp tục (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="377"/>
        <source>Close (Enter)</source>
        <translation>Đóng (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="386"/>
        <source>Time with the customer: %1</source>
        <translation>Thời gian tiếp khách: %1</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="391"/>
        <source>Outcome wanted: %1</source>
        <translation>Khách hàng mong muốn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="393"/>
        <source>Promised by: %1</source>
        <translation>Hẹn hoàn thành: %1</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="396"/>
        <source>Changes needed: %1 of 3</source>
        <translation>Số thay đổi đã dùng: %1/3</translation>
    </message>
    <message>
        <location filename="../../ui/guided_view.py" line="427"/>
        <source>No complaint has the register number %1.</source>
        <translation>Không có khiếu nại nào mang số đăng ký %1.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="27"/>
        <source>Each line is a saved change. The trail is chained and cannot be edited.</source>
        <translation>Mỗi dòng là một lần thay đổi đã lưu. Các dòng được liên kết nối tiếp nhau và không thể sửa.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="40"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="41"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="42"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="43"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="44"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="45"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="73"/>
        <source>(removed)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="75"/>
        <source>(secret)</source>
        <translation>(bí mật)</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/home_view.py" line="34"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="36"/>
        <source>New complaint (Ctrl+N)</source>
        <translation>Khiếu nại mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="47"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="48"/>
        <location filename="../../ui/home_view.py" line="69"/>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="49"/>
        <source>Due in 7 days</source>
        <translation>Đến hạn trong 7 ngày</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="50"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="51"/>
        <source>Received this month</source>
        <translation>Tiếp nhận trong tháng</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="68"/>
        <source>Overdue: reply date passed</source>
        <translation>Quá hạn: đã qua hạn trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="70"/>
        <source>Due in the next 7 days</source>
        <translation>Đến hạn trong 7 ngày tới</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="87"/>
        <source>Appointments booked with customers</source>
        <translation>Lịch hẹn với khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="94"/>
        <source>At the counter this month</source>
        <translation>Tại quầy trong tháng này</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="101"/>
        <source>Opinion book and suggestion box</source>
        <translation>Sổ góp ý và hộp thư góp ý</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="136"/>
        <source>Nothing here.</source>
        <translation>Không có mục nào.</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="144"/>
        <source>Today&apos;s reading of the opinion book is not signed yet.</source>
        <translation>Hôm nay chưa ký xác nhận đã đọc sổ góp ý.</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="149"/>
        <source>%1 complaint(s) from the book or box not answered or registered within 3 days.</source>
        <translation>%1 khiếu nại từ sổ góp ý hoặc hộp thư chưa được trả lời hay vào sổ trong vòng 3 ngày.</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="155"/>
        <source>Suggestion box opening missed: %1</source>
        <translation>Bỏ lỡ lần mở hộp thư góp ý: %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="164"/>
        <source>All read, answered and opened on time.</source>
        <translation>Tất cả đều được đọc, trả lời và mở hộp đúng hạn.</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="175"/>
        <source>no complaint yet</source>
        <translation>chưa có khiếu nại</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="181"/>
        <source>No appointments ahead.</source>
        <translation>Không có lịch hẹn sắp tới.</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="184"/>
        <source>Checklist runs: %1</source>
        <translation>Số lượt hướng dẫn xoa dịu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="187"/>
        <source>Changed person %1, place %2, time %3; safety exits %4</source>
        <translation>Đổi người %1, đổi nơi %2, đổi thời gian %3; thoát an toàn %4</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="195"/>
        <source>Median time to calm: %1 min</source>
        <translation>Thời gian xoa dịu (trung vị): %1 phút</translation>
    </message>
    <message>
        <location filename="../../ui/home_view.py" line="202"/>
        <source>Most skipped steps: %1</source>
        <translation>Bước hay bị bỏ qua nhất: %1</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake_form.py" line="134"/>
        <source>Receipt</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="140"/>
        <source>Received</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="141"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="143"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="151"/>
        <source>Needs extra care (vulnerable customer)</source>
        <translation>Cần hỗ trợ đặc biệt (khách hàng yếu thế)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="154"/>
        <source>What help the customer needs</source>
        <translation>Khách hàng cần hỗ trợ gì</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="155"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="156"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="157"/>
        <source>ID or account no.</source>
        <translation>Số giấy tờ hoặc tài khoản</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="159"/>
        <source>Care note</source>
        <translation>Ghi chú hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="162"/>
        <source>Classification</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="172"/>
        <source>Service, product or counter concerned</source>
        <translation>Dịch vụ, sản phẩm hoặc quầy liên quan</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="173"/>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="174"/>
        <source>Subcategory</source>
        <translation>Loại chi tiết</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="175"/>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="176"/>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="177"/>
        <source>Severity</source>
        <translation>Mức độ nghiêm trọng</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="178"/>
        <source>Staff complained about</source>
        <translation>Nhân viên bị khiếu nại</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="179"/>
        <source>Service concerned</source>
        <translation>Dịch vụ liên quan</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="182"/>
        <source>The complaint</source>
        <translation>Nội dung khiếu nại</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="185"/>
        <source>One line: what went wrong</source>
        <translation>Một dòng: chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="188"/>
        <source>What the customer said happened, in their words</source>
        <translation>Diễn biến theo lời khách hàng kể</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="192"/>
        <source>Ask: what would you like us to do?</source>
        <translation>Hỏi khách: anh/chị mong chúng tôi giải quyết thế nào?</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="194"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="195"/>
        <source>Description</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="196"/>
        <source>Outcome the customer wants</source>
        <translation>Khách hàng mong muốn</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="198"/>
        <source>Handling</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="201"/>
        <source>Promised to the customer by</source>
        <translation>Đã hẹn khách hoàn thành trước</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="210"/>
        <source>Completion time</source>
        <translation>Thời điểm hoàn thành</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="211"/>
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="212"/>
        <source>Reply due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="223"/>
        <source>Discard (Esc)</source>
        <translation>Bỏ (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="224"/>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="316"/>
        <location filename="../../ui/intake_form.py" line="327"/>
        <source>- choose -</source>
        <translation>- chọn -</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="331"/>
        <source>(not yet known)</source>
        <translation>(chưa rõ)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="336"/>
        <source>(nobody named)</source>
        <translation>(không nêu tên)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="338"/>
        <source>(not assigned)</source>
        <translation>(chưa phân công)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="348"/>
        <source>(general)</source>
        <translation>(chung)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="392"/>
        <source>shown once channel and category are chosen</source>
        <translation>hiện sau khi chọn kênh và loại</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="402"/>
        <source>%1 (first reply by %2)</source>
        <translation>%1 (trả lời lần đầu trước %2)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="479"/>
        <source>New complaint</source>
        <translation>Khiếu nại mới</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="490"/>
        <source>Edit complaint %1</source>
        <translation>Sửa khiếu nại %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="514"/>
        <source>Draft kept at %1</source>
        <translation>Đã giữ bản nháp lúc %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="592"/>
        <source>You both changed: %1. Your text is in the form; check it.</source>
        <translation>Cả hai người đều đã sửa: %1. Biểu mẫu đang giữ nội dung của bạn; hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="597"/>
        <source>Their changes and yours are both in the form now.</source>
        <translation>Biểu mẫu giờ đã có cả thay đổi của người kia và của bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="608"/>
        <source>Discard this complaint?</source>
        <translation>Bỏ khiếu nại này?</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="609"/>
        <source>What you typed will be lost. Discard it?</source>
        <translation>Nội dung bạn đã nhập sẽ bị mất. Bỏ khiếu nại này?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Complaint Book</source>
        <translation>Sổ Khiếu Nại</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Switch user / lock (Ctrl+L)</source>
        <translation>Đổi người dùng / khóa màn hình (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Customer is upset (F2)</source>
        <translation>Khách hàng đang bức xúc (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Restore it</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Discard it</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Resume it</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Close it</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Register</source>
        <translation>Sổ đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>New complaint</source>
        <translation>Khiếu nại mới</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Opinion book</source>
        <translation>Sổ góp ý</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Standard replies</source>
        <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Backing up...</source>
        <translation>Đang sao lưu...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>This register is open read-only on this PC (the file or its folder cannot be written). You can read and print; nothing can be saved.</source>
        <translation>Sổ đăng ký này đang mở ở chế độ chỉ đọc trên máy này (không ghi được vào tệp hoặc thư mục chứa tệp). Bạn có thể xem và in, nhưng không lưu được gì.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Đã đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>The screen was locked. Sign in to continue.</source>
        <translation>Màn hình đã bị khóa. Hãy đăng nhập để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>Branch not set up yet (code %1): see Settings</source>
        <translation>Chi nhánh chưa được thiết lập (mã %1): xem mục Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="525"/>
        <source>Saved as %1</source>
        <translation>Đã lưu với số %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="572"/>
        <source>A counter checklist started at %1 was not finished. Resume it?</source>
        <translation>Lượt hướng dẫn xoa dịu tại quầy bắt đầu lúc %1 chưa hoàn tất. Tiếp tục lượt này?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="613"/>
        <source>Checklist added to the complaint.</source>
        <translation>Đã thêm lượt hướng dẫn xoa dịu vào khiếu nại.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="629"/>
        <source>A complaint you had not saved was kept from %1. Restore it?</source>
        <translation>Có một khiếu nại chưa lưu từ lúc %1 đã được giữ lại. Khôi phục khiếu nại này?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="709"/>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="727"/>
        <source>Backing up the register before closing...</source>
        <translation>Đang sao lưu sổ đăng ký trước khi đóng...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="787"/>
        <source>The register file failed its check (%1). What is saved now may be lost: close Complaint Book and start it again, and it will offer the newest good backup.</source>
        <translation>Tệp sổ đăng ký không vượt qua bước kiểm tra (%1). Những gì lưu từ bây giờ có thể bị mất: hãy đóng Sổ Khiếu Nại rồi mở lại, chương trình sẽ đề nghị khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="799"/>
        <source>Only a manager may restore a backup.</source>
        <translation>Chỉ quản lý mới được khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="810"/>
        <source>Restored the backup of %1 (%2 complaints). Sign in again.</source>
        <translation>Đã khôi phục bản sao lưu lúc %1 (%2 khiếu nại). Hãy đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>NumbersTab</name>
    <message>
        <location filename="../../ui/opinions_view.py" line="602"/>
        <source>Praise by staff member:</source>
        <translation>Lời khen theo từng nhân viên:</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="604"/>
        <source>Staff member</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="604"/>
        <source>Praise</source>
        <translation>Lời khen</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="628"/>
        <source>Entries: %1 (%2)</source>
        <translation>Số góp ý: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="631"/>
        <source>Promoted to complaints: %1</source>
        <translation>Đã chuyển thành khiếu nại: %1</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="632"/>
        <source>Replied: %1 (%2 of those needing a reply)</source>
        <translation>Đã trả lời: %1 (%2 trong số góp ý cần trả lời)</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="635"/>
        <source>Days read and signed: %1 of %2</source>
        <translation>Số ngày đã đọc và ký: %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="638"/>
        <source>Suggestion box openings: %1</source>
        <translation>Số lần mở hộp thư góp ý: %1</translation>
    </message>
</context>
<context>
    <name>OpinionForm</name>
    <message>
        <location filename="../../ui/opinion_form.py" line="65"/>
        <source>Transcribe an entry</source>
        <translation>Nhập góp ý</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="83"/>
        <source>book page or slip number</source>
        <translation>số trang sổ hoặc số phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="88"/>
        <source>- choose -</source>
        <translation>- chọn -</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="93"/>
        <source>The customer&apos;s words, as written</source>
        <translation>Nguyên văn lời khách hàng đã viết</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="97"/>
        <source>leave empty if anonymous</source>
        <translation>để trống nếu ẩn danh</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="104"/>
        <source>Attach scan or photo...</source>
        <translation>Đính kèm bản quét hoặc ảnh...</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="109"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="110"/>
        <source>Box opening</source>
        <translation>Lần mở hộp</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="111"/>
        <source>Page / slip no.</source>
        <translation>Trang / số phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="112"/>
        <source>Date written</source>
        <translation>Ngày viết</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="113"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="114"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="115"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="116"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="117"/>
        <source>About staff member</source>
        <translation>Về nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="118"/>
        <source>About service</source>
        <translation>Về dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="119"/>
        <source>Scan</source>
        <translation>Bản quét</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="120"/>
        <source>Save and next (Ctrl+S)</source>
        <translation>Lưu và nhập tiếp (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="158"/>
        <source>(nobody named)</source>
        <translation>(không nêu tên)</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="164"/>
        <source>(not from a box opening)</source>
        <translation>(không phải từ lần mở hộp)</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="171"/>
        <source>Opened %1 (witness %2)</source>
        <translation>Mở hộp %1 (người chứng kiến %2)</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="196"/>
        <source>Choose the scan or photo</source>
        <translation>Chọn bản quét hoặc ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="198"/>
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.pdf)</source>
        <translation>Ảnh và PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.pdf)</translation>
    </message>
</context>
<context>
    <name>OpinionNames</name>
    <message>
        <location filename="../../ui/opinion_form.py" line="43"/>
        <source>Opinion book</source>
        <translation>Sổ góp ý</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="44"/>
        <source>Suggestion box</source>
        <translation>Hộp thư góp ý</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="45"/>
        <source>Comment card</source>
        <translation>Phiếu góp ý</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="51"/>
        <source>Praise</source>
        <translation>Khen ngợi</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="52"/>
        <source>Suggestion</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="53"/>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../../ui/opinion_form.py" line="54"/>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
</context>
<context>
    <name>OpinionsView</name>
    <message>
        <location filename="../../ui/opinions_view.py" line="658"/>
        <source>Opinion book and suggestion box</source>
        <translation>Sổ góp ý và hộp thư góp ý</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="666"/>
        <source>Entries</source>
        <translation>Các góp ý</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="667"/>
        <source>Suggestion box</source>
        <translation>Hộp thư góp ý</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="668"/>
        <source>Daily reading</source>
        <translation>Đọc sổ hằng ngày</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="669"/>
        <source>Numbers and praise</source>
        <translation>Số liệu và lời khen</translation>
    </message>
</context>
<context>
    <name>ReadingTab</name>
    <message>
        <location filename="../../ui/opinions_view.py" line="548"/>
        <source>The branch head, or a manager standing in, reads the opinion book every day and signs it here.</source>
        <translation>Trưởng chi nhánh, hoặc quản lý được ủy quyền, đọc sổ góp ý mỗi ngày và ký xác nhận tại đây.</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="560"/>
        <source>I have read today&apos;s entries: sign</source>
        <translation>Tôi đã đọc các góp ý hôm nay: ký xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="563"/>
        <source>Days in the last two weeks without a sign-off:</source>
        <translation>Những ngày trong hai tuần qua chưa ký xác nhận:</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="566"/>
        <source>Sign the selected day</source>
        <translation>Ký cho ngày đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/opinions_view.py" line="583"/>
        <source>Signed for %1.</source>
        <translation>Đã ký xác nhận cho ngày %1.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/register_model.py" line="65"/>
        <source>Register no.</source>
        <translation>Số đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="66"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="67"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="68"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="69"/>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="70"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="71"/>
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="72"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="73"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="209"/>
        <source>%1 (overdue)</source>
        <translation>%1 (quá hạn)</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../ui/register_view.py" line="36"/>
        <source>Complaint register</source>
        <translation>Sổ đăng ký khiếu nại</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="42"/>
        <source>Search number, customer, phone, text... (Ctrl+F)</source>
        <translation>Tìm số, khách hàng, điện thoại, nội dung... (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="48"/>
        <source>Overdue only</source>
        <translation>Chỉ xem quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="51"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="52"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="53"/>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="54"/>
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="105"/>
        <source>All months</source>
        <translation>Mọi tháng</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="115"/>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="116"/>
        <source>Not closed</source>
        <translation>Chưa đóng</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="120"/>
        <source>Any category</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location filename="../../ui/register_view.py" line="124"/>
        <source>Anyone</source>
        <translation>Mọi người</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/register_view.py" line="161"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n khiếu nại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/register_view.py" line="163"/>
        <source>More than %n complaints</source>
        <translation>
            <numerusform>Hơn %n khiếu nại</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesView</name>
    <message>
        <location filename="../../ui/replies_view.py" line="42"/>
        <source>Standard replies</source>
        <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="44"/>
        <source>Save the booklet as PDF...</source>
        <translation>Lưu sổ tay thành PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="51"/>
        <source>Agreed answers to what customers object to most often. Replies of the commonest categories come first; each use is counted.</source>
        <translation>Các câu trả lời đã thống nhất cho những điều khách hàng hay phàn nàn nhất. Câu trả lời thuộc các loại thường gặp nhất được xếp trước; mỗi lần dùng đều được đếm.</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="71"/>
        <source>Reply</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="76"/>
        <source>What the customer says or wants</source>
        <translation>Khách hàng nói gì hoặc muốn gì</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="79"/>
        <source>The answer we agreed to give</source>
        <translation>Câu trả lời đã thống nhất</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="80"/>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="81"/>
        <source>Situation</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="82"/>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="84"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="85"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="87"/>
        <location filename="../../ui/replies_view.py" line="138"/>
        <source>Retire</source>
        <translation>Ngừng dùng</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="88"/>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="110"/>
        <source>retired</source>
        <translation>đã ngừng dùng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/replies_view.py" line="112"/>
        <source>used %n time(s)</source>
        <translation>
            <numerusform>đã dùng %n lần</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="138"/>
        <source>Bring back</source>
        <translation>Dùng lại</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="167"/>
        <source>Reply saved.</source>
        <translation>Đã lưu câu trả lời.</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="177"/>
        <source>History of the reply</source>
        <translation>Lịch sử câu trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="182"/>
        <source>Only a manager may read the audit history.</source>
        <translation>Chỉ quản lý mới được xem lịch sử thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="199"/>
        <source>Save the booklet</source>
        <translation>Lưu sổ tay</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="202"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="214"/>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/replies_view.py" line="221"/>
        <source>Booklet with %1 replies saved to %2</source>
        <translation>Đã lưu sổ tay gồm %1 câu trả lời vào %2</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports_view.py" line="79"/>
        <source>Monthly complaint register</source>
        <translation>Sổ đăng ký khiếu nại hằng tháng</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="87"/>
        <source>Make the register</source>
        <translation>Lập sổ</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="89"/>
        <source>Cancel</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="92"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="92"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="107"/>
        <source>&lt; Previous page</source>
        <translation>&lt; Trang trước</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="110"/>
        <source>Next page &gt;</source>
        <translation>Trang sau &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="115"/>
        <source>Print...</source>
        <translation>In...</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="116"/>
        <source>Save as PDF...</source>
        <translation>Lưu thành PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="117"/>
        <source>Export CSV...</source>
        <translation>Xuất CSV...</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="118"/>
        <source>Export Excel...</source>
        <translation>Xuất Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="124"/>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="207"/>
        <source>Reading complaints: %v of %m</source>
        <translation>Đang đọc khiếu nại: %v/%m</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="210"/>
        <source>Laying out page %1</source>
        <translation>Đang dàn trang %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="217"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="219"/>
        <source>Register ready: %1 complaints on %2 pages.</source>
        <translation>Đã lập xong sổ: %1 khiếu nại trên %2 trang.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="229"/>
        <source>The register could not be made: %1</source>
        <translation>Không lập được sổ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="233"/>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Đã hủy. Không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="280"/>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="301"/>
        <source>Sent %1 pages to the printer.</source>
        <translation>Đã gửi %1 trang tới máy in.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="319"/>
        <source>Save the register</source>
        <translation>Lưu sổ đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="321"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="331"/>
        <location filename="../../ui/reports_view.py" line="378"/>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="337"/>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="345"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="345"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="348"/>
        <source>Export the month</source>
        <translation>Xuất khiếu nại của tháng</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="367"/>
        <source>Exporting...</source>
        <translation>Đang xuất...</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="371"/>
        <source>Exported %1 complaints to %2</source>
        <translation>Đã xuất %1 khiếu nại vào %2</translation>
    </message>
</context>
<context>
    <name>RungPanel</name>
    <message>
        <location filename="../../ui/guided_panels.py" line="155"/>
        <source>You can say:</source>
        <translation>Bạn có thể nói:</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="176"/>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="201"/>
        <source>Customer still upset: change %1 of 3</source>
        <translation>Khách hàng vẫn bức xúc: thay đổi thứ %1/3</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="207"/>
        <source>Why: %1</source>
        <translation>Vì sao: %1</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="228"/>
        <source>Who takes over:</source>
        <translation>Người tiếp khách thay:</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="229"/>
        <source>Where you moved to:</source>
        <translation>Chuyển đến đâu:</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="230"/>
        <source>When, and with which senior manager:</source>
        <translation>Khi nào, gặp quản lý cấp trên nào:</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <location filename="../../ui/guided_panels.py" line="255"/>
        <source>What happened (optional, can be written later)</source>
        <translation>Chuyện gì đã xảy ra (không bắt buộc, có thể ghi sau)</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../../ui/server_box.py" line="75"/>
        <source>Branch server</source>
        <translation>Máy chủ chi nhánh</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="86"/>
        <source>Several counter PCs share one register when it is kept on a PostgreSQL server on the branch network.</source>
        <translation>Khi sổ đăng ký được đặt trên một máy chủ PostgreSQL trong mạng của chi nhánh, nhiều máy tại quầy có thể dùng chung một sổ.</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="95"/>
        <source>e.g. 192.168.1.10</source>
        <translation>ví dụ 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="104"/>
        <source>Server PC</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="105"/>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="106"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="107"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="108"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="109"/>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="112"/>
        <source>Use this server</source>
        <translation>Dùng máy chủ này</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="114"/>
        <source>Use this PC only</source>
        <translation>Chỉ dùng máy này</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="127"/>
        <source>The password is kept in this PC&apos;s settings file. On a shared counter PC, protect the Windows account with a password of its own.</source>
        <translation>Mật khẩu được lưu trong tệp cài đặt của máy này. Nếu máy tại quầy dùng chung, hãy đặt mật khẩu riêng cho tài khoản Windows để bảo vệ.</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="155"/>
        <source>Now working on: the branch server %1, database %2.</source>
        <translation>Đang làm việc trên: máy chủ chi nhánh %1, cơ sở dữ liệu %2.</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="160"/>
        <source>Now working on: this PC&apos;s own register file.</source>
        <translation>Đang làm việc trên: tệp sổ đăng ký riêng của máy này.</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="198"/>
        <source>Testing the connection to %1 (this takes at most %2 seconds)...</source>
        <translation>Đang kiểm tra kết nối tới %1 (mất tối đa %2 giây)...</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="258"/>
        <source>Saved. Close and start Complaint Book again to work on the branch server.</source>
        <translation>Đã lưu. Hãy đóng rồi mở lại Sổ Khiếu Nại để làm việc trên máy chủ chi nhánh.</translation>
    </message>
    <message>
        <location filename="../../ui/server_box.py" line="262"/>
        <source>Saved. Close and start Complaint Book again to work on this PC&apos;s own register file.</source>
        <translation>Đã lưu. Hãy đóng rồi mở lại Sổ Khiếu Nại để làm việc trên tệp sổ đăng ký riêng của máy này.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings_view.py" line="57"/>
        <source>Branch settings</source>
        <translation>Cài đặt chi nhánh</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="66"/>
        <source>Branch</source>
        <translation>Chi nhánh</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="70"/>
        <source>Starts every register number, e.g. BR01-202603-0001</source>
        <translation>Đứng đầu mọi số đăng ký, ví dụ BR01-202603-0001</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="75"/>
        <source>Two-letter country code for public holidays: CN, VN, GB, TW, HK...</source>
        <translation>Mã quốc gia hai chữ cái để tính ngày nghỉ lễ: CN, VN, GB, TW, HK...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="82"/>
        <source>Branch name</source>
        <translation>Tên chi nhánh</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="83"/>
        <source>Branch code</source>
        <translation>Mã chi nhánh</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="84"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="85"/>
        <source>Branch head</source>
        <translation>Trưởng chi nhánh</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="86"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="87"/>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="88"/>
        <source>Deadline policy</source>
        <translation>Quy định thời hạn</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="89"/>
        <source>Custom: working days</source>
        <translation>Tùy chỉnh: số ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="90"/>
        <source>Categories</source>
        <translation>Bộ phân loại</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="91"/>
        <source>Clerks may sign in with a 6-digit PIN</source>
        <translation>Nhân viên quầy được đăng nhập bằng mã PIN 6 số</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="94"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="98"/>
        <source>Lock the screen after</source>
        <translation>Khóa màn hình sau</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="99"/>
        <source>Keep personal data (years)</source>
        <translation>Lưu dữ liệu cá nhân (năm)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="106"/>
        <source>Language of this PC</source>
        <translation>Ngôn ngữ trên máy này</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="107"/>
        <source>Anonymise old personal data...</source>
        <translation>Ẩn danh hóa dữ liệu cá nhân cũ...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="110"/>
        <source>Save settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="113"/>
        <source>History of the settings...</source>
        <translation>Lịch sử cài đặt...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="119"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="125"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="129"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="136"/>
        <source>Deactivate / reactivate selected</source>
        <translation>Ngừng / kích hoạt lại người đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="139"/>
        <source>Set sign-in of selected...</source>
        <translation>Đặt thông tin đăng nhập cho người đã chọn...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="142"/>
        <source>History of selected...</source>
        <translation>Lịch sử thay đổi của người đã chọn...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="152"/>
        <source>Your data</source>
        <translation>Dữ liệu của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="156"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="157"/>
        <source>Restore...</source>
        <translation>Khôi phục...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="158"/>
        <source>Second copy to folder...</source>
        <translation>Sao thêm một bản vào thư mục...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="201"/>
        <source>inactive</source>
        <translation>ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="220"/>
        <source>This PC works on the branch server, so the register is backed up there with pg_dump (the README shows how). These buttons are for a register file on this PC only.</source>
        <translation>Máy này làm việc trên máy chủ chi nhánh nên sổ đăng ký được sao lưu tại máy chủ bằng pg_dump (xem hướng dẫn trong README). Các nút này chỉ dùng cho tệp sổ đăng ký trên máy này.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="234"/>
        <source>Data folder: %1
Newest backup: %2 (%3)</source>
        <translation>Thư mục dữ liệu: %1
Bản sao lưu mới nhất: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="241"/>
        <source>Data folder: %1
No backup yet.</source>
        <translation>Thư mục dữ liệu: %1
Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="247"/>
        <source>Choose a backup to restore</source>
        <translation>Chọn bản sao lưu để khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="248"/>
        <source>Complaint Book backups (*.sqlite3)</source>
        <translation>Bản sao lưu Sổ Khiếu Nại (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="255"/>
        <source>Folder for a second copy of each backup (e.g. a USB stick)</source>
        <translation>Thư mục chứa bản sao thứ hai của mỗi lần sao lưu (ví dụ USB)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="285"/>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="297"/>
        <source>Staff member added.</source>
        <translation>Đã thêm nhân viên.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="306"/>
        <source>History of the branch settings</source>
        <translation>Lịch sử cài đặt chi nhánh</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="317"/>
        <location filename="../../ui/settings_view.py" line="368"/>
        <location filename="../../ui/settings_view.py" line="405"/>
        <source>Select a staff member first.</source>
        <translation>Hãy chọn một nhân viên trước.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="311"/>
        <location filename="../../ui/settings_view.py" line="320"/>
        <source>Only a manager may read the audit history.</source>
        <translation>Chỉ quản lý mới được xem lịch sử thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="323"/>
        <source>History of %1</source>
        <translation>Lịch sử thay đổi của %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="337"/>
        <source>No closed complaint is older than the retention period with personal data left.</source>
        <translation>Không có khiếu nại đã đóng nào quá thời hạn lưu trữ mà còn dữ liệu cá nhân.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="344"/>
        <source>... and %1 more</source>
        <translation>... và %1 khiếu nại khác</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="346"/>
        <source>Anonymise personal data</source>
        <translation>Ẩn danh hóa dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="349"/>
        <source>Anonymised %1 complaint(s).</source>
        <translation>Đã ẩn danh hóa %1 khiếu nại.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="355"/>
        <source>Names, phone numbers, ID numbers and care notes of these %1 closed complaint(s) will be removed. Counts and statistics stay. This cannot be undone.</source>
        <translation>Họ tên, số điện thoại, số giấy tờ và ghi chú hỗ trợ của %1 khiếu nại đã đóng này sẽ bị xóa. Số lượng và thống kê vẫn được giữ. Không thể hoàn tác thao tác này.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="385"/>
        <source>Sign-in of %1</source>
        <translation>Thông tin đăng nhập của %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="387"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="388"/>
        <source>New password (empty: keep)</source>
        <translation>Mật khẩu mới (để trống: giữ nguyên)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="389"/>
        <source>New 6-digit PIN (clerks; empty: keep)</source>
        <translation>Mã PIN 6 số mới (cho nhân viên quầy; để trống: giữ nguyên)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="390"/>
        <source>Also lift a lockout</source>
        <translation>Đồng thời mở khóa tài khoản</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="394"/>
        <source>Passwords are stored only as Argon2id hashes; nobody can read them back.</source>
        <translation>Mật khẩu chỉ được lưu dưới dạng mã băm Argon2id; không ai có thể đọc lại được.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="398"/>
        <source>Sign-in saved.</source>
        <translation>Đã lưu thông tin đăng nhập.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../ui/sign_in_view.py" line="114"/>
        <source>Welcome: set up your branch</source>
        <translation>Chào mừng: hãy thiết lập chi nhánh của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="118"/>
        <source>This takes a minute. You become the first manager and can add staff afterwards.</source>
        <translation>Chỉ mất một phút. Bạn sẽ là quản lý đầu tiên và có thể thêm nhân viên sau.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="141"/>
        <source>Clerks may sign in with a 6-digit PIN</source>
        <translation>Nhân viên quầy được đăng nhập bằng mã PIN 6 số</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="149"/>
        <source>Branch name</source>
        <translation>Tên chi nhánh</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="150"/>
        <source>Branch code</source>
        <translation>Mã chi nhánh</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="151"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="152"/>
        <source>Deadline policy</source>
        <translation>Quy định thời hạn</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="153"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="155"/>
        <source>Your name</source>
        <translation>Họ tên của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="156"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="157"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="158"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="161"/>
        <source>Set up and sign in</source>
        <translation>Thiết lập và đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="176"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Hai mật khẩu không khớp; hãy nhập lại.</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../../ui/sign_in_view.py" line="48"/>
        <source>Complaint Book</source>
        <translation>Sổ Khiếu Nại</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="61"/>
        <source>password, or PIN if allowed</source>
        <translation>mật khẩu, hoặc mã PIN nếu được phép</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="62"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="63"/>
        <source>Password or PIN</source>
        <translation>Mật khẩu hoặc mã PIN</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_view.py" line="64"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../ui/guided_panels.py" line="52"/>
        <source>You can say:</source>
        <translation>Bạn có thể nói:</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="73"/>
        <source>Standard replies for this kind of complaint (double-click to use):</source>
        <translation>Câu trả lời mẫu cho loại khiếu nại này (nhấp đúp để dùng):</translation>
    </message>
    <message>
        <location filename="../../ui/guided_panels.py" line="101"/>
        <source>Why: %1</source>
        <translation>Vì sao: %1</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../models/attachments.py" line="26"/>
        <source>A scan must be a picture (PNG, JPEG...) or a PDF, not {suffix}.</source>
        <translation>Bản quét phải là ảnh (PNG, JPEG...) hoặc PDF, không nhận tệp {suffix}.</translation>
    </message>
    <message>
        <location filename="../../models/attachments.py" line="36"/>
        <source>The scan is larger than 25 MB; scan at a lower resolution.</source>
        <translation>Bản quét lớn hơn 25 MB; hãy quét lại với độ phân giải thấp hơn.</translation>
    </message>
    <message>
        <location filename="../../models/attachments.py" line="47"/>
        <location filename="../../models/importer.py" line="367"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Không đọc được {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="48"/>
        <location filename="../../models/branch.py" line="155"/>
        <location filename="../../models/complaints.py" line="180"/>
        <source>No staff member #{id}.</source>
        <translation>Không có nhân viên #{id}.</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="56"/>
        <source>A password needs at least {n} characters.</source>
        <translation>Mật khẩu phải có ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="63"/>
        <source>A PIN is exactly six digits.</source>
        <translation>Mã PIN phải gồm đúng sáu chữ số.</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="69"/>
        <source>Only a manager may set another person&apos;s sign-in.</source>
        <translation>Chỉ quản lý mới được đặt thông tin đăng nhập cho người khác.</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="91"/>
        <source>A user name is 2-40 letters, digits, dots, dashes or underscores.</source>
        <translation>Tên đăng nhập gồm 2-40 ký tự: chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="99"/>
        <source>That user name is already taken.</source>
        <translation>Tên đăng nhập này đã có người dùng.</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="113"/>
        <source>PINs are allowed only for clerks, when a manager has switched them on.</source>
        <translation>Chỉ nhân viên quầy mới được dùng mã PIN, và chỉ khi quản lý đã bật tính năng này.</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="126"/>
        <source>Only a manager may reset an account.</source>
        <translation>Chỉ quản lý mới được đặt lại tài khoản.</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="141"/>
        <source>Too many wrong attempts: this account is locked for {minutes} more minute(s), or until a manager resets it.</source>
        <translation>Nhập sai quá nhiều lần: tài khoản bị khóa thêm {minutes} phút, hoặc cho đến khi quản lý đặt lại.</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="145"/>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../models/auth.py" line="236"/>
        <source>The branch is already set up; sign in as a manager.</source>
        <translation>Chi nhánh đã được thiết lập; hãy đăng nhập với tư cách quản lý.</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="31"/>
        <source>This register is on the branch server, so it is backed up there with pg_dump (the README shows how). Back up now and Restore work on a register file on this PC only.</source>
        <translation>Sổ đăng ký này nằm trên máy chủ chi nhánh nên được sao lưu tại máy chủ bằng pg_dump (xem hướng dẫn trong README). “Sao lưu ngay” và “Khôi phục” chỉ dùng được với tệp sổ đăng ký trên máy này.</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="75"/>
        <source>The backup copy failed its integrity check: {detail}</source>
        <translation>Bản sao lưu không vượt qua bước kiểm tra toàn vẹn: {detail}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="83"/>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>Không ghi được bản sao lưu vào {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="155"/>
        <source>No such file: {path}</source>
        <translation>Không có tệp: {path}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="168"/>
        <source>{path} is not a usable Complaint Book database: {reason}</source>
        <translation>{path} không phải là cơ sở dữ liệu Sổ Khiếu Nại dùng được: {reason}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="174"/>
        <source>{path} is damaged: {reason}</source>
        <translation>{path} bị hỏng: {reason}</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="178"/>
        <source>{path} was written by a newer version of Complaint Book.</source>
        <translation>{path} được ghi bởi phiên bản Sổ Khiếu Nại mới hơn.</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="62"/>
        <location filename="../../models/opinions.py" line="276"/>
        <source>Only a manager may change the branch settings.</source>
        <translation>Chỉ quản lý mới được thay đổi cài đặt chi nhánh.</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="81"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Hãy nhập một số nguyên từ {low} đến {high}.</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="91"/>
        <source>Branch code must be 1-16 letters or digits (it starts every register number).</source>
        <translation>Mã chi nhánh phải gồm 1-16 chữ cái hoặc chữ số (mã này đứng đầu mọi số đăng ký).</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="97"/>
        <source>The branch needs a name.</source>
        <translation>Hãy nhập tên chi nhánh.</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="104"/>
        <source>Currency is a three-letter code such as CNY, VND or GBP.</source>
        <translation>Tiền tệ là mã ba chữ cái, ví dụ CNY, VND hoặc GBP.</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="110"/>
        <location filename="../../models/deadlines.py" line="109"/>
        <source>Unknown deadline policy {value}.</source>
        <translation>Không có quy định thời hạn {value}.</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="114"/>
        <source>Unknown category preset {value}.</source>
        <translation>Không có bộ phân loại {value}.</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="137"/>
        <source>Only a manager may add staff.</source>
        <translation>Chỉ quản lý mới được thêm nhân viên.</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="140"/>
        <source>Enter the staff member&apos;s name.</source>
        <translation>Hãy nhập họ tên nhân viên.</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="143"/>
        <source>Role must be clerk or manager.</source>
        <translation>Vai trò phải là clerk (nhân viên quầy) hoặc manager (quản lý).</translation>
    </message>
    <message>
        <location filename="../../models/branch.py" line="151"/>
        <source>Only a manager may change staff accounts.</source>
        <translation>Chỉ quản lý mới được thay đổi tài khoản nhân viên.</translation>
    </message>
    <message>
        <location filename="../../models/checklists.py" line="33"/>
        <source>The checklist file has {count} problem(s):
{problems}</source>
        <translation>Tệp hướng dẫn xoa dịu có {count} lỗi:
{problems}</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="107"/>
        <source>Write a one-line summary of the complaint.</source>
        <translation>Hãy viết một dòng tóm tắt khiếu nại.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="111"/>
        <source>Ask the customer what outcome they want, and write it down.</source>
        <translation>Hãy hỏi khách hàng mong muốn kết quả gì và ghi lại.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="120"/>
        <source>A phone number may hold only digits, spaces and + - ( ) . /</source>
        <translation>Số điện thoại chỉ được chứa chữ số, dấu cách và + - ( ) . /</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="130"/>
        <source>The received time is in the future; check the date and time.</source>
        <translation>Thời điểm tiếp nhận nằm ở tương lai; hãy kiểm tra lại ngày giờ.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="138"/>
        <source>The promised completion time is before the complaint was received.</source>
        <translation>Thời điểm hẹn hoàn thành sớm hơn thời điểm tiếp nhận khiếu nại.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="145"/>
        <source>Choose the channel.</source>
        <translation>Hãy chọn kênh.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="146"/>
        <source>Choose the scope.</source>
        <translation>Hãy chọn phạm vi.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="147"/>
        <source>Choose the severity.</source>
        <translation>Hãy chọn mức độ nghiêm trọng.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="153"/>
        <source>Unknown code {value}.</source>
        <translation>Không có mã {value}.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="158"/>
        <location filename="../../models/replies.py" line="133"/>
        <source>Choose a category.</source>
        <translation>Hãy chọn loại.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="162"/>
        <source>Unknown category {value}.</source>
        <translation>Không có loại {value}.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="167"/>
        <source>Unknown cause {value}.</source>
        <translation>Không có nguyên nhân {value}.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="185"/>
        <source>The handler cannot be the staff member the complaint is about; choose someone else.</source>
        <translation>Người xử lý không được là nhân viên bị khiếu nại; hãy chọn người khác.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="224"/>
        <location filename="../../models/importer.py" line="258"/>
        <source>Register number {value} is not CODE-YYYYMM-NNNN.</source>
        <translation>Số đăng ký {value} không đúng dạng CODE-YYYYMM-NNNN (mã chi nhánh-năm tháng-số thứ tự).</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="255"/>
        <location filename="../../models/guided.py" line="320"/>
        <source>No complaint #{id}.</source>
        <translation>Không có khiếu nại #{id}.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="267"/>
        <source>Complaint {register_no} is assigned to someone else; only its handler or a manager may work on it.</source>
        <translation>Khiếu nại {register_no} đã được giao cho người khác; chỉ người xử lý hoặc quản lý mới được làm việc với khiếu nại này.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="281"/>
        <source>Complaint {register_no} was changed by {who} at {when}, after you opened it, so your change was not saved. What you entered is kept: look at their change, then save again.</source>
        <translation>Khiếu nại {register_no} đã được {who} sửa lúc {when}, sau khi bạn mở ra, nên thay đổi của bạn chưa được lưu. Nội dung bạn đã nhập vẫn được giữ lại: hãy xem thay đổi của người đó rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="337"/>
        <source>Complaint {register_no} is {status}; reopen it before editing.</source>
        <translation>Khiếu nại {register_no} đang ở trạng thái “{status}”; hãy mở lại trước khi sửa.</translation>
    </message>
    <message>
        <location filename="../../models/complaints.py" line="346"/>
        <source>The received date cannot move to another month: the register number belongs to its month. Void this entry with a reason and record it again.</source>
        <translation>Không thể chuyển ngày tiếp nhận sang tháng khác vì số đăng ký gắn với tháng tiếp nhận. Hãy hủy mục này kèm lý do rồi vào sổ lại.</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="86"/>
        <source>Unsupported database address {url}: use sqlite:///PATH or postgresql://...</source>
        <translation>Không hỗ trợ địa chỉ cơ sở dữ liệu {url}: hãy dùng sqlite:///PATH hoặc postgresql://...</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="153"/>
        <source>The connection to the branch server was lost, so nothing was saved. What you typed is still here: save again in a moment. If this keeps happening, check the network cable and that the branch server is switched on.</source>
        <translation>Mất kết nối tới máy chủ chi nhánh nên chưa lưu được gì. Nội dung bạn đã nhập vẫn còn đây: hãy lưu lại sau một lát. Nếu tình trạng này lặp lại, hãy kiểm tra cáp mạng và xem máy chủ chi nhánh đã bật chưa.</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="270"/>
        <source>The disk is full, so nothing was saved. Free some space (or ask for help), then save again: what you typed is still here.</source>
        <translation>Ổ đĩa đã đầy nên chưa lưu được gì. Hãy giải phóng bớt dung lượng (hoặc nhờ hỗ trợ) rồi lưu lại: nội dung bạn đã nhập vẫn còn đây.</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="278"/>
        <source>The register is open read-only here, so nothing can be saved on this PC.</source>
        <translation>Sổ đăng ký đang mở ở chế độ chỉ đọc nên không lưu được gì trên máy này.</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="284"/>
        <source>The register is busy: another program is writing to it. Nothing was saved; wait a moment and save again.</source>
        <translation>Sổ đăng ký đang bận: một chương trình khác đang ghi vào. Chưa lưu được gì; hãy chờ một lát rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../../models/deadlines.py" line="41"/>
        <source>No public holiday calendar is known for country code {value}.</source>
        <translation>Không có lịch nghỉ lễ cho mã quốc gia {value}.</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="47"/>
        <source>Only a manager may import a checklist.</source>
        <translation>Chỉ quản lý mới được nhập hướng dẫn xoa dịu.</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="65"/>
        <source>No checklist run #{id}.</source>
        <translation>Không có lượt hướng dẫn xoa dịu #{id}.</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="73"/>
        <source>This checklist run has already ended.</source>
        <translation>Lượt hướng dẫn xoa dịu này đã kết thúc.</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="157"/>
        <source>Enter the date and time you promised.</source>
        <translation>Hãy nhập ngày giờ đã hẹn với khách.</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="163"/>
        <source>The promised time is already in the past.</source>
        <translation>Thời điểm đã hẹn đã qua.</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="173"/>
        <source>Write down the customer&apos;s answer, or skip the step.</source>
        <translation>Hãy ghi lại câu trả lời của khách hàng, hoặc bỏ qua bước này.</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="217"/>
        <source>All three changes have been tried; book the appointment or use the safety exit.</source>
        <translation>Đã thử cả ba thay đổi; hãy đặt lịch hẹn hoặc dùng thoát an toàn.</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="229"/>
        <source>Choose the colleague who takes over.</source>
        <translation>Hãy chọn đồng nghiệp tiếp khách thay.</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="239"/>
        <source>Write where you moved to.</source>
        <translation>Hãy ghi nơi đã chuyển đến.</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="249"/>
        <source>Choose the senior manager the customer will meet.</source>
        <translation>Hãy chọn quản lý cấp trên sẽ gặp khách hàng.</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="256"/>
        <source>Choose a date and time in the future.</source>
        <translation>Hãy chọn ngày giờ trong tương lai.</translation>
    </message>
    <message>
        <location filename="../../models/guided.py" line="323"/>
        <source>This run already belongs to another complaint.</source>
        <translation>Lượt này đã thuộc về một khiếu nại khác.</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="37"/>
        <location filename="../../models/importer.py" line="114"/>
        <source>{column} is empty.</source>
        <translation>{column} đang trống.</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="38"/>
        <source>{column}: {value} is unknown.</source>
        <translation>{column}: không nhận ra {value}.</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="80"/>
        <source>{column}: {value} is not an ISO 8601 date-time (e.g. 2026-03-05T14:30).</source>
        <translation>{column}: {value} không phải ngày giờ theo ISO 8601 (ví dụ 2026-03-05T14:30).</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="104"/>
        <source>{column}: {value} is not yes or no.</source>
        <translation>{column}: {value} không phải yes hoặc no.</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="121"/>
        <source>{column}: {value} is unknown; use one of {allowed}.</source>
        <translation>{column}: không nhận ra {value}; hãy dùng một trong các giá trị {allowed}.</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="230"/>
        <source>satisfaction must be 1 to 5.</source>
        <translation>satisfaction (mức độ hài lòng) phải từ 1 đến 5.</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="240"/>
        <source>extension_level must be a number.</source>
        <translation>extension_level phải là một số.</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="268"/>
        <source>Register number {value} is not in the month it was received.</source>
        <translation>Số đăng ký {value} không thuộc tháng tiếp nhận khiếu nại.</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="278"/>
        <source>Register number {value} is already in the register.</source>
        <translation>Số đăng ký {value} đã có trong sổ.</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="288"/>
        <source>A closed complaint needs closed_at.</source>
        <translation>Khiếu nại đã đóng phải có closed_at (thời điểm đóng).</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="294"/>
        <source>A void entry needs void_reason.</source>
        <translation>Mục đã hủy phải có void_reason (lý do hủy).</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="301"/>
        <source>A resolved or closed complaint needs a resolution.</source>
        <translation>Khiếu nại đã giải quyết hoặc đã đóng phải có kết quả giải quyết.</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="362"/>
        <source>Only a manager may import complaints.</source>
        <translation>Chỉ quản lý mới được nhập khiếu nại từ tệp.</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="373"/>
        <source>{file} is neither UTF-8 nor GB18030 text.</source>
        <translation>{file} không phải văn bản UTF-8 hay GB18030.</translation>
    </message>
    <message>
        <location filename="../../models/importer.py" line="381"/>
        <source>{file} lacks the column(s) {missing}; the first line must name the columns as the README lists them.</source>
        <translation>{file} thiếu cột {missing}; dòng đầu tiên phải ghi tên các cột đúng như trong README.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="36"/>
        <source>Complaint {register_no} is {status}; only a newly received complaint is acknowledged.</source>
        <translation>Khiếu nại {register_no} đang ở trạng thái “{status}”; chỉ xác nhận đã tiếp nhận cho khiếu nại mới nhận.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="40"/>
        <source>Complaint {register_no} is {status}; acknowledge it before investigating.</source>
        <translation>Khiếu nại {register_no} đang ở trạng thái “{status}”; hãy xác nhận đã tiếp nhận trước khi điều tra.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="43"/>
        <source>Complaint {register_no} is {status}; only a complaint under investigation is resolved.</source>
        <translation>Khiếu nại {register_no} đang ở trạng thái “{status}”; chỉ khiếu nại đang điều tra mới được giải quyết.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="47"/>
        <source>Complaint {register_no} is {status}; this needs a resolved complaint.</source>
        <translation>Khiếu nại {register_no} đang ở trạng thái “{status}”; thao tác này chỉ dành cho khiếu nại đã giải quyết.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="50"/>
        <source>Complaint {register_no} is {status}; only a resolved or closed complaint is reopened.</source>
        <translation>Khiếu nại {register_no} đang ở trạng thái “{status}”; chỉ mở lại được khiếu nại đã giải quyết hoặc đã đóng.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="54"/>
        <source>Complaint {register_no} is {status}; this is possible only while it is open.</source>
        <translation>Khiếu nại {register_no} đang ở trạng thái “{status}”; chỉ làm được việc này khi khiếu nại chưa đóng.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="80"/>
        <source>Give a reason.</source>
        <translation>Hãy nêu lý do.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="112"/>
        <source>{value} is not an amount of money.</source>
        <translation>{value} không phải số tiền hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="118"/>
        <source>Compensation must be zero or a positive amount.</source>
        <translation>Tiền bồi thường phải bằng 0 hoặc là số dương.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="140"/>
        <source>Choose whether the complaint was upheld.</source>
        <translation>Hãy chọn khiếu nại có cơ sở hay không.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="145"/>
        <source>Describe what was done for the customer.</source>
        <translation>Hãy mô tả những gì đã làm cho khách hàng.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="187"/>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>Mức độ hài lòng là điểm từ 1 đến 5.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="215"/>
        <source>A complaint can be closed only once it has a resolution.</source>
        <translation>Chỉ đóng được khiếu nại khi đã có kết quả giải quyết.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="222"/>
        <source>Record the root cause before closing: it is what the branch learns from.</source>
        <translation>Hãy ghi nguyên nhân gốc trước khi đóng hồ sơ: đây là bài học để chi nhánh cải thiện.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="231"/>
        <source>The follow-up call has not been recorded. Record it, or have a manager waive it.</source>
        <translation>Chưa ghi nhận cuộc gọi lại. Hãy ghi nhận, hoặc đề nghị quản lý miễn gọi lại.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="239"/>
        <source>Only a manager may waive the follow-up call.</source>
        <translation>Chỉ quản lý mới được miễn gọi lại.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="252"/>
        <source>Only a manager may void a complaint.</source>
        <translation>Chỉ quản lý mới được hủy khiếu nại.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="258"/>
        <source>Complaint {register_no} is already void.</source>
        <translation>Khiếu nại {register_no} đã bị hủy.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="269"/>
        <source>Only a manager may reopen a complaint.</source>
        <translation>Chỉ quản lý mới được mở lại khiếu nại.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="308"/>
        <source>More time has already been asked for; a manager must approve it first.</source>
        <translation>Đã có đề nghị gia hạn; quản lý cần duyệt đề nghị đó trước.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="324"/>
        <source>Only a manager may approve a deadline extension.</source>
        <translation>Chỉ quản lý mới được duyệt gia hạn.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="334"/>
        <source>Nobody has asked for more time on this complaint yet.</source>
        <translation>Chưa có ai xin gia hạn cho khiếu nại này.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="338"/>
        <source>You asked for this extension yourself; another manager must approve it.</source>
        <translation>Bạn tự đề nghị gia hạn này; cần một quản lý khác duyệt.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="354"/>
        <source>No further extension is allowed under this branch&apos;s deadline policy.</source>
        <translation>Theo quy định thời hạn của chi nhánh, không được gia hạn thêm.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="363"/>
        <source>The note is empty.</source>
        <translation>Ghi chú đang trống.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="377"/>
        <source>Choose how the customer was contacted.</source>
        <translation>Hãy chọn cách đã liên hệ khách hàng.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="381"/>
        <source>Choose the result of the contact attempt.</source>
        <translation>Hãy chọn kết quả lần liên hệ.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="396"/>
        <source>Only a manager may assign or reassign a complaint.</source>
        <translation>Chỉ quản lý mới được phân công hoặc phân công lại khiếu nại.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="405"/>
        <source>Choose an active staff member as handler.</source>
        <translation>Hãy chọn một nhân viên đang hoạt động làm người xử lý.</translation>
    </message>
    <message>
        <location filename="../../models/lifecycle.py" line="410"/>
        <source>The handler cannot be the staff member the complaint is about.</source>
        <translation>Người xử lý không được là nhân viên bị khiếu nại.</translation>
    </message>
    <message>
        <location filename="../../models/migrations.py" line="266"/>
        <source>This database was written by a newer version of Complaint Book (schema {found}; this app knows up to {known}). Install the newer version to open it.</source>
        <translation>Cơ sở dữ liệu này được ghi bởi phiên bản Sổ Khiếu Nại mới hơn (cấu trúc {found}; ứng dụng này chỉ hỗ trợ đến {known}). Hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="64"/>
        <source>Choose where the entry comes from.</source>
        <translation>Hãy chọn nguồn của góp ý.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="69"/>
        <source>Choose the kind: praise, suggestion, question or complaint.</source>
        <translation>Hãy chọn loại: khen ngợi, đề xuất, câu hỏi hoặc khiếu nại.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="74"/>
        <source>Copy the customer&apos;s words into the text.</source>
        <translation>Hãy chép nguyên văn lời khách hàng vào ô nội dung.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="79"/>
        <source>The date written is in the future; check it.</source>
        <translation>Ngày viết nằm ở tương lai; hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="86"/>
        <location filename="../../models/opinions.py" line="219"/>
        <source>No suggestion box opening #{id}.</source>
        <translation>Không có lần mở hộp thư góp ý #{id}.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="90"/>
        <location filename="../../models/opinions.py" line="223"/>
        <source>That box opening is already closed.</source>
        <translation>Lần mở hộp này đã kết thúc.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="112"/>
        <source>No opinion entry #{id}.</source>
        <translation>Không có góp ý #{id}.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="121"/>
        <source>Write the reply that was given.</source>
        <translation>Hãy ghi câu trả lời đã đưa ra.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="124"/>
        <source>Choose how the reply was given.</source>
        <translation>Hãy chọn cách đã trả lời.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="156"/>
        <source>This entry is already in the register as {register_no}.</source>
        <translation>Góp ý này đã vào sổ khiếu nại với số {register_no}.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="184"/>
        <source>An opening needs a witness; write their name.</source>
        <translation>Mở hộp phải có người chứng kiến; hãy ghi tên người đó.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="189"/>
        <source>The witness must be someone other than the person opening the box.</source>
        <translation>Người chứng kiến phải là người khác, không phải người mở hộp.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="195"/>
        <source>Count the slips found (0 or more).</source>
        <translation>Hãy đếm số phiếu trong hộp (0 trở lên).</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="229"/>
        <source>{found} slips were counted but {entered} entered. Enter the missing slips, or explain the difference before closing.</source>
        <translation>Đếm được {found} phiếu nhưng mới nhập {entered} phiếu. Hãy nhập các phiếu còn thiếu, hoặc giải thích chênh lệch trước khi kết thúc.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="281"/>
        <source>Choose at least one weekday for opening the box.</source>
        <translation>Hãy chọn ít nhất một ngày trong tuần để mở hộp.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="296"/>
        <source>Only the branch head or a manager may sign the daily reading.</source>
        <translation>Chỉ trưởng chi nhánh hoặc quản lý mới được ký xác nhận đọc sổ hằng ngày.</translation>
    </message>
    <message>
        <location filename="../../models/opinions.py" line="301"/>
        <source>A day in the future cannot be signed.</source>
        <translation>Không thể ký cho một ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../../models/replies.py" line="111"/>
        <source>Write the reply&apos;s title and text.</source>
        <translation>Hãy nhập tình huống và nội dung câu trả lời.</translation>
    </message>
    <message>
        <location filename="../../models/replies.py" line="128"/>
        <location filename="../../models/replies.py" line="159"/>
        <source>Only a manager may change the standard replies.</source>
        <translation>Chỉ quản lý mới được sửa câu trả lời mẫu.</translation>
    </message>
    <message>
        <location filename="../../models/replies.py" line="137"/>
        <location filename="../../models/replies.py" line="164"/>
        <source>No standard reply #{id}.</source>
        <translation>Không có câu trả lời mẫu #{id}.</translation>
    </message>
    <message>
        <location filename="../../models/restore.py" line="34"/>
        <source>{path} has a broken audit trail at {where}; it was not restored.</source>
        <translation>{path} có lịch sử thay đổi bị đứt tại {where}; chưa khôi phục tệp này.</translation>
    </message>
    <message>
        <location filename="../../models/restore.py" line="48"/>
        <source>Restoring a backup works for a database file only.</source>
        <translation>Chỉ khôi phục được bản sao lưu khi dùng tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../models/retention.py" line="59"/>
        <source>Only a manager may anonymise personal data.</source>
        <translation>Chỉ quản lý mới được ẩn danh hóa dữ liệu cá nhân.</translation>
    </message>
    <message>
        <location filename="../../models/store.py" line="31"/>
        <source>The register file {file} is damaged ({detail}).</source>
        <translation>Tệp sổ đăng ký {file} bị hỏng ({detail}).</translation>
    </message>
    <message>
        <location filename="../../models/store.py" line="138"/>
        <source>Cannot reach the branch server at {where}. Check the network cable and that the server is switched on, then start Complaint Book again.</source>
        <translation>Không kết nối được tới máy chủ chi nhánh tại {where}. Hãy kiểm tra cáp mạng và xem máy chủ đã bật chưa, rồi mở lại Sổ Khiếu Nại.</translation>
    </message>
    <message>
        <location filename="../../models/store.py" line="160"/>
        <source>Cannot open the database at {where}: {reason}</source>
        <translation>Không mở được cơ sở dữ liệu tại {where}: {reason}</translation>
    </message>
    <message>
        <location filename="../../models/text.py" line="39"/>
        <source>This text is {length:,} characters long; the limit is {limit:,}. Shorten it and save again.</source>
        <translation>Nội dung này dài {length:,} ký tự; giới hạn là {limit:,}. Hãy rút gọn rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Sign in first.</source>
        <translation>Hãy đăng nhập trước.</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="33"/>
        <source>Only a manager may choose where this PC keeps the register.</source>
        <translation>Chỉ quản lý mới được chọn nơi lưu sổ đăng ký của máy này.</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="46"/>
        <source>Type the name or address of the branch server.</source>
        <translation>Hãy nhập tên hoặc địa chỉ của máy chủ chi nhánh.</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="48"/>
        <source>Type the name of the database.</source>
        <translation>Hãy nhập tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="49"/>
        <source>Type the user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="57"/>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Cổng phải là một số từ 1 đến 65535.</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="97"/>
        <source>Could not reach the branch server {where}: nothing answered on port {port}. Check that PostgreSQL is running on that PC, that the port is right, and that its firewall lets port {port} in.</source>
        <translation>Không kết nối được tới máy chủ chi nhánh {where}: cổng {port} không có phản hồi. Hãy kiểm tra PostgreSQL có đang chạy trên máy đó không, số cổng có đúng không, và tường lửa của máy đó có cho phép cổng {port} không.</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="103"/>
        <source>Could not reach the branch server {where}: no answer within {seconds} seconds. Check the name or address, that the PC is switched on and on the network, and its firewall.</source>
        <translation>Không kết nối được tới máy chủ chi nhánh {where}: không có phản hồi trong {seconds} giây. Hãy kiểm tra tên hoặc địa chỉ, xem máy đó đã bật và đã nối mạng chưa, và kiểm tra tường lửa của máy đó.</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="108"/>
        <source>Could not reach the branch server {where}: this PC has no way to it on the network. Check the network cable and the address.</source>
        <translation>Không kết nối được tới máy chủ chi nhánh {where}: máy này không có đường mạng tới máy chủ đó. Hãy kiểm tra cáp mạng và địa chỉ.</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="113"/>
        <source>No PC called {host} was found on the network. Check the name, or type its IP address (such as 192.168.1.10).</source>
        <translation>Không tìm thấy máy nào tên {host} trên mạng. Hãy kiểm tra lại tên, hoặc nhập địa chỉ IP của máy đó (ví dụ 192.168.1.10).</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="118"/>
        <source>The branch server {where} refused user name {user} with this password. Check both.</source>
        <translation>Máy chủ chi nhánh {where} từ chối tên đăng nhập {user} với mật khẩu này. Hãy kiểm tra lại cả hai.</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="122"/>
        <source>The branch server {where} has no database called {dbname}. Check the name (the README shows how to create it).</source>
        <translation>Máy chủ chi nhánh {where} không có cơ sở dữ liệu nào tên {dbname}. Hãy kiểm tra lại tên (README có hướng dẫn cách tạo).</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="127"/>
        <source>The branch server {where} does not let this PC in. Allow the branch network in its pg_hba.conf (the README shows how).</source>
        <translation>Máy chủ chi nhánh {where} không cho máy này kết nối. Hãy cho phép mạng của chi nhánh trong tệp pg_hba.conf của máy chủ (xem hướng dẫn trong README).</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="132"/>
        <source>Could not use the branch server {where}: {detail}</source>
        <translation>Không dùng được máy chủ chi nhánh {where}: {detail}</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="163"/>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is not there yet: the first PC that uses this server creates it.</source>
        <translation>Đã kết nối được với máy chủ chi nhánh {where} (PostgreSQL {version}). Trên máy chủ chưa có sổ đăng ký: máy đầu tiên dùng máy chủ này sẽ tạo sổ.</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="169"/>
        <source>Reached the branch server {where} (PostgreSQL {version}), but the register is not there yet and user {user} may not create it. Make {user} the owner of database {dbname} (the README shows how).</source>
        <translation>Đã kết nối được với máy chủ chi nhánh {where} (PostgreSQL {version}), nhưng trên máy chủ chưa có sổ đăng ký và người dùng {user} không có quyền tạo sổ. Hãy đặt {user} làm chủ sở hữu cơ sở dữ liệu {dbname} (xem hướng dẫn trong README).</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="176"/>
        <source>Reached the branch server {where} (PostgreSQL {version}). Its register was written by a newer version of Complaint Book: update Complaint Book on this PC first.</source>
        <translation>Đã kết nối được với máy chủ chi nhánh {where} (PostgreSQL {version}). Sổ đăng ký trên máy chủ được ghi bởi phiên bản Sổ Khiếu Nại mới hơn: hãy cập nhật Sổ Khiếu Nại trên máy này trước.</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="181"/>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is already there: this PC will share it.</source>
        <translation>Đã kết nối được với máy chủ chi nhánh {where} (PostgreSQL {version}). Trên máy chủ đã có sổ đăng ký: máy này sẽ dùng chung sổ đó.</translation>
    </message>
    <message>
        <location filename="../../models/server.py" line="243"/>
        <source>{url} is not a branch server address (postgresql://...).</source>
        <translation>{url} không phải là địa chỉ máy chủ chi nhánh (postgresql://...).</translation>
    </message>
</context>
</TS>
