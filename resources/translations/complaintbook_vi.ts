<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <source>Opening the register...

The first start after an update can take a few minutes with a large register, while it is brought up to date.</source>
        <translation>Đang mở sổ theo dõi khiếu nại...

Lần mở đầu tiên sau khi cập nhật có thể mất vài phút nếu sổ theo dõi khiếu nại lớn, trong lúc sổ được chuyển sang phiên bản mới.</translation>
    </message>
    <message>
        <source>This PC is set to work on the branch server (Settings, Branch server). Complaint Book needs it to open the register.</source>
        <translation>Máy này đã được cài đặt để làm việc trên máy chủ chi nhánh (Cài đặt, mục Máy chủ chi nhánh). Sổ Khiếu Nại cần kết nối tới máy chủ đó để mở sổ theo dõi khiếu nại.</translation>
    </message>
    <message>
        <source>It was moved aside, untouched: %1</source>
        <translation>Tệp đã được chuyển sang chỗ khác, giữ nguyên không thay đổi: %1</translation>
    </message>
    <message>
        <source>Go on with the register as it is</source>
        <translation>Tiếp tục với sổ theo dõi khiếu nại như hiện tại</translation>
    </message>
    <message>
        <source>No backup holds more of its changes.</source>
        <translation>Không có bản sao lưu nào chứa thêm các thay đổi đó.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Type the new password</source>
        <translation>Nhập mật khẩu mới</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>The backup of %1 holds more: %2 complaints, %3 entries in its audit trail.</source>
        <translation>Bản sao lưu lúc %1 chứa nhiều hơn: %2 khiếu nại, %3 mục trong lịch sử thay đổi.</translation>
    </message>
    <message>
        <source>Restore that backup</source>
        <translation>Khôi phục bản sao lưu đó</translation>
    </message>
    <message>
        <source>No good backup was found. You can start a new, empty register here (what was moved aside stays where it is), or close and ask for help.</source>
        <translation>Không tìm thấy bản sao lưu tốt nào. Bạn có thể bắt đầu một sổ theo dõi khiếu nại mới, trống tại đây (tệp đã chuyển sang chỗ khác vẫn được giữ nguyên), hoặc đóng lại và nhờ hỗ trợ.</translation>
    </message>
    <message>
        <source>Start a new, empty register</source>
        <translation>Bắt đầu sổ theo dõi khiếu nại mới, trống</translation>
    </message>
    <message>
        <source>Restore the newest good backup, from %1 (%2 complaints)?</source>
        <translation>Khôi phục bản sao lưu tốt gần nhất, lập lúc %1 (%2 khiếu nại)?</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Complaint Book is already open with this register (by %1 on %2). Its window has been brought to the front.</source>
        <translation>Sổ Khiếu Nại đang mở sẵn sổ theo dõi khiếu nại này (do %1 mở trên máy %2). Cửa sổ đó đã được đưa lên trên cùng.</translation>
    </message>
    <message>
        <source>The register and its backups were moved from %1 to %2, this PC&apos;s own app data folder. Windows copies the old one (the roaming folder) to a server at every sign-out, which is slow for a register and not safe for it.</source>
        <translation>Sổ theo dõi khiếu nại và các bản sao lưu đã được chuyển từ %1 sang %2, thư mục dữ liệu ứng dụng riêng của máy này. Windows sao chép thư mục cũ (thư mục chuyển vùng) lên máy chủ mỗi lần đăng xuất, việc đó chậm đối với sổ theo dõi khiếu nại và không an toàn cho sổ.</translation>
    </message>
</context>
<context>
    <name>BoxTab</name>
    <message>
        <source>Open the box</source>
        <translation>Mở hộp thư</translation>
    </message>
    <message>
        <source>Record the opening</source>
        <translation>Ghi nhận lần mở hộp</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Người chứng kiến</translation>
    </message>
    <message>
        <source>Slips found</source>
        <translation>Số phiếu đếm được</translation>
    </message>
    <message>
        <source>Opening schedule</source>
        <translation>Lịch mở hộp</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Các lần mở hộp</translation>
    </message>
    <message>
        <source>If the numbers differ: why (e.g. two slips stapled together)</source>
        <translation>Nếu số lượng chênh lệch: lý do (ví dụ hai phiếu bị ghim dính vào nhau)</translation>
    </message>
    <message>
        <source>Transcribe its slips</source>
        <translation>Nhập các phiếu góp ý</translation>
    </message>
    <message>
        <source>Close the opening</source>
        <translation>Kết thúc lần mở hộp</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Missed openings: %1</source>
        <translation>Lần mở hộp bị bỏ lỡ: %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>%1 · by %2, witness %3 · counted %4, entered %5 · %6</source>
        <translation>%1 · người mở %2, người chứng kiến %3 · đếm được %4, đã nhập %5 · %6</translation>
    </message>
    <message>
        <source>All %1 slips are entered.</source>
        <translation>Đã nhập đủ cả %1 phiếu.</translation>
    </message>
    <message>
        <source>%1 slips were counted but %2 are entered.</source>
        <translation>Đếm được %1 phiếu nhưng mới nhập %2 phiếu.</translation>
    </message>
    <message>
        <source>Opening recorded. Now transcribe its slips.</source>
        <translation>Đã ghi nhận lần mở hộp. Bây giờ hãy nhập các phiếu góp ý.</translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation>Đã lưu lịch mở hộp.</translation>
    </message>
    <message>
        <source>History of the opening</source>
        <translation>Lịch sử lần mở hộp</translation>
    </message>
    <message>
        <source>Only a manager may read the audit history.</source>
        <translation>Chỉ quản lý mới được xem lịch sử thay đổi.</translation>
    </message>
    <message>
        <source>Opening closed.</source>
        <translation>Đã kết thúc lần mở hộp.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>You both changed these fields. Decide each one before saving: nothing is saved until you have.</source>
        <translation>Cả hai người đều đã sửa các mục này. Hãy chọn cho từng mục trước khi lưu: chưa chọn xong thì chưa lưu được.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Của người kia</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Của bạn</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Giữ của người kia</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Giữ của tôi</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Giữ cả hai</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <source>&amp;Waive follow-up and close...</source>
        <translation>Miễn gọi lại và đóng hồ sơ (&amp;W)...</translation>
    </message>
    <message>
        <source>Correct the &amp;resolution...</source>
        <translation>Sửa kết quả giải quyết (&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Print a letter...</source>
        <translation>&amp;In thư gửi khách hàng...</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Thêm ghi chú (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Contact attempt</source>
        <translation>Ghi lần liên hệ (&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xtend deadline</source>
        <translation>Gia hạn (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Sửa (&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Mở lại (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>Hủy (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Lịc&amp;h sử</translation>
    </message>
    <message>
        <source>Slip for the customer (F9)</source>
        <translation>Phiếu tiếp nhận cho khách (F9)</translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation>Khổ 80 mm</translation>
    </message>
    <message>
        <source>A5 page</source>
        <translation>Khổ A5</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Hẹn hoàn thành</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>ID or account no.</source>
        <translation>Số giấy tờ hoặc tài khoản</translation>
    </message>
    <message>
        <source>Extra care</source>
        <translation>Cần hỗ trợ đặc biệt</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Liên quan đến</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>Nội dung khiếu nại</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Outcome wanted</source>
        <translation>Khách hàng mong muốn</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Kết quả giải quyết</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Biện pháp xử lý</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Bồi thường</translation>
    </message>
    <message>
        <source>Customer accepted</source>
        <translation>Khách hàng đồng ý</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Nguyên nhân gốc rễ</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Biện pháp khắc phục</translation>
    </message>
    <message>
        <source>Follow-up and closing</source>
        <translation>Gọi lại và đóng hồ sơ</translation>
    </message>
    <message>
        <source>Call-back due</source>
        <translation>Hạn gọi lại</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Đã gọi lại lúc</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Mức độ hài lòng</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến khách hàng</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đóng hồ sơ lúc</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>Lý do hủy</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <source>Reply due %1</source>
        <translation>Hạn trả lời %1</translation>
    </message>
    <message>
        <source>OVERDUE since %1</source>
        <translation>QUÁ HẠN từ %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>first reply by %1</source>
        <translation>trả lời lần đầu trước %1</translation>
    </message>
    <message>
        <source>follow-up waived</source>
        <translation>được miễn gọi lại</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(chưa phân công)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã làm</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>đã bỏ qua</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>đã trả lời</translation>
    </message>
    <message>
        <source>chose</source>
        <translation>đã chọn</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>đã ghi nhận</translation>
    </message>
    <message>
        <source>Counter checklist, %1, %2 min</source>
        <translation>Hướng dẫn xoa dịu tại quầy, %1, %2 phút</translation>
    </message>
    <message>
        <source>stopped by the safety exit</source>
        <translation>đã dừng khẩn cấp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>opinion book</source>
        <translation>sổ góp ý</translation>
    </message>
    <message>
        <source>suggestion box</source>
        <translation>hòm thư góp ý</translation>
    </message>
    <message>
        <source>comment card</source>
        <translation>phiếu góp ý</translation>
    </message>
    <message>
        <source>Copied from the %1 (page or slip %2), written %3</source>
        <translation>Chép từ %1 (trang hoặc phiếu số %2), khách viết ngày %3</translation>
    </message>
    <message>
        <source>Appointment: %1 with %2</source>
        <translation>Lịch hẹn: %1 với %2</translation>
    </message>
    <message>
        <source>Recorded as %1</source>
        <translation>Đã vào sổ với số %1</translation>
    </message>
    <message>
        <source>Imported from a CSV file</source>
        <translation>Nhập từ tệp CSV</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Trạng thái: %1 → %2</translation>
    </message>
    <message>
        <source>Contact attempt (%1): %2</source>
        <translation>Liên hệ khách hàng (%1): %2</translation>
    </message>
    <message>
        <source>Handler: %1 → %2</source>
        <translation>Người xử lý: %1 → %2</translation>
    </message>
    <message>
        <source>Deadline extended: %1 → %2</source>
        <translation>Gia hạn: %1 → %2</translation>
    </message>
    <message>
        <source>Recorded from an opinion book or suggestion box entry</source>
        <translation>Vào sổ từ một góp ý trong sổ góp ý hoặc hòm thư góp ý</translation>
    </message>
    <message>
        <source>Slip given to the customer (%1)</source>
        <translation>Đã đưa phiếu tiếp nhận cho khách (%1)</translation>
    </message>
    <message>
        <source>%1 complaints linked: %2</source>
        <translation>Đã liên kết %1 khiếu nại: %2</translation>
    </message>
    <message>
        <source>Linked to root-cause task #%1</source>
        <translation>Gắn với việc tìm nguyên nhân gốc rễ #%1</translation>
    </message>
    <message>
        <source>Counter checklist run attached</source>
        <translation>Đã đính kèm phiên xoa dịu tại quầy</translation>
    </message>
    <message>
        <source>Asked for more time</source>
        <translation>Đã xin gia hạn</translation>
    </message>
    <message>
        <source>Follow-up call: satisfaction %1</source>
        <translation>Gọi lại: mức độ hài lòng %1</translation>
    </message>
    <message>
        <source>Resolution corrected</source>
        <translation>Đã sửa kết quả giải quyết</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>person</source>
        <translation>đổi người</translation>
    </message>
    <message>
        <source>place</source>
        <translation>đổi chỗ</translation>
    </message>
    <message>
        <source>time</source>
        <translation>đổi thời gian</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>đã thay đổi: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <source>colleague who took over: %1</source>
        <translation>đồng nghiệp tiếp nhận thay: %1</translation>
    </message>
    <message>
        <source>safety exit</source>
        <translation>dừng khẩn cấp</translation>
    </message>
    <message>
        <source>Acknowledgement letter printed in %1; reply due %2</source>
        <translation>Đã in thư xác nhận tiếp nhận bằng %1; hạn trả lời %2</translation>
    </message>
    <message>
        <source>Holding letter printed in %1; final response expected by %2</source>
        <translation>Đã in thư thông báo tiến độ bằng %1; dự kiến trả lời cuối cùng trước %2</translation>
    </message>
    <message>
        <source>Summary resolution letter printed in %1</source>
        <translation>Đã in thư xác nhận đã giải quyết bằng %1</translation>
    </message>
    <message>
        <source>Final response letter printed in %1</source>
        <translation>Đã in thư trả lời cuối cùng bằng %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge (Ctrl+Enter)</source>
        <translation>Xác nhận đã tiếp nhận (&amp;A) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Start investigating (Ctrl+Enter)</source>
        <translation>Bắt đầu xác minh (&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Resolve... (Ctrl+Enter)</source>
        <translation>Giải quyết (&amp;R)... (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Record &amp;follow-up... (Ctrl+Enter)</source>
        <translation>Ghi kết quả gọi lại (&amp;F)... (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>C&amp;lose... (Ctrl+Enter)</source>
        <translation>Đóng hồ sơ (&amp;L)... (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Approve e&amp;xtension</source>
        <translation>Duyệt gia hạn (&amp;X)</translation>
    </message>
    <message>
        <source>Ask for more &amp;time</source>
        <translation>Xin &amp;thêm thời gian</translation>
    </message>
    <message>
        <source>This complaint is about you: you may read it, but a manager must act on it.</source>
        <translation>Khiếu nại này là về bạn: bạn được xem nhưng việc xử lý phải do quản lý thực hiện.</translation>
    </message>
    <message>
        <source>This complaint is about you: you may read it, but head office must act on it (this branch has no other manager).</source>
        <translation>Khiếu nại này là về bạn: bạn được xem nhưng việc xử lý phải do cấp trên (hội sở) thực hiện, vì chi nhánh không có quản lý nào khác.</translation>
    </message>
    <message>
        <source>This complaint is about you: you may read it, but another manager must act on it.</source>
        <translation>Khiếu nại này là về bạn: bạn được xem nhưng việc xử lý phải do một quản lý khác thực hiện.</translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation>Giải quyết %1</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- chọn -</translation>
    </message>
    <message>
        <source>Standard reply</source>
        <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
        <source>- insert a standard reply -</source>
        <translation>- chèn câu trả lời mẫu -</translation>
    </message>
    <message>
        <source>What was done for the customer</source>
        <translation>Đã làm gì cho khách hàng</translation>
    </message>
    <message>
        <source>Compensation (%1)</source>
        <translation>Bồi thường (%1)</translation>
    </message>
    <message>
        <source>Customer accepted the resolution</source>
        <translation>Khách hàng đồng ý với cách giải quyết</translation>
    </message>
    <message>
        <source>Follow-up call for %1</source>
        <translation>Gọi lại cho %1</translation>
    </message>
    <message>
        <source>How satisfied the customer is</source>
        <translation>Mức độ hài lòng của khách hàng</translation>
    </message>
    <message>
        <source>1 - very unhappy</source>
        <translation>1 - rất không hài lòng</translation>
    </message>
    <message>
        <source>2 - unhappy</source>
        <translation>2 - không hài lòng</translation>
    </message>
    <message>
        <source>3 - neither happy nor unhappy</source>
        <translation>3 - bình thường</translation>
    </message>
    <message>
        <source>4 - happy</source>
        <translation>4 - hài lòng</translation>
    </message>
    <message>
        <source>5 - very happy</source>
        <translation>5 - rất hài lòng</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Khách hàng nói gì</translation>
    </message>
    <message>
        <source>Close %1. The follow-up call has been recorded.</source>
        <translation>Đóng hồ sơ %1. Cuộc gọi lại đã được ghi nhận.</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Đóng hồ sơ %1</translation>
    </message>
    <message>
        <source>Reassi&amp;gn</source>
        <translation>Phân công lại (&amp;G)</translation>
    </message>
    <message>
        <source>Close %1 without a follow-up call</source>
        <translation>Đóng hồ sơ %1 không gọi lại khảo sát</translation>
    </message>
    <message>
        <source>Why there is no follow-up call</source>
        <translation>Lý do không gọi lại khảo sát</translation>
    </message>
    <message>
        <source>A manager may waive the follow-up call, for example when the customer has no phone or asked not to be called. The reason is kept on the timeline.</source>
        <translation>Quản lý có thể miễn gọi lại khảo sát, ví dụ khi khách hàng không có điện thoại hoặc không muốn được gọi. Lý do được lưu trong diễn biến xử lý.</translation>
    </message>
    <message>
        <source>Correct the resolution of %1</source>
        <translation>Sửa kết quả giải quyết của %1</translation>
    </message>
    <message>
        <source>Why it is corrected (optional)</source>
        <translation>Lý do sửa (không bắt buộc)</translation>
    </message>
    <message>
        <source>The decision stays as it is (reopen the complaint to change it). Each correction goes on the timeline with the value it replaces.</source>
        <translation>Kết luận giữ nguyên (muốn đổi kết luận thì mở lại khiếu nại). Mỗi thay đổi được ghi vào diễn biến xử lý cùng giá trị cũ.</translation>
    </message>
    <message>
        <source>Open a root-cause task</source>
        <translation>Mở việc tìm nguyên nhân gốc rễ</translation>
    </message>
    <message>
        <source>What to look into (optional)</source>
        <translation>Cần xem xét điều gì (không bắt buộc)</translation>
    </message>
    <message>
        <source>The task links this complaint and the %1 alike, is put on each of their timelines and is printed in the month&apos;s register.</source>
        <translation>Việc này gắn khiếu nại này với %1 khiếu nại tương tự, được ghi vào diễn biến của từng khiếu nại và in trong sổ theo dõi khiếu nại của tháng.</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Record a contact attempt</source>
        <translation>Ghi nhận lần liên hệ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cách liên hệ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reassign %1</source>
        <translation>Phân công lại %1</translation>
    </message>
    <message>
        <source>New handler</source>
        <translation>Người xử lý mới</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Ask for more time on %1</source>
        <translation>Xin gia hạn cho %1</translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation>Lý do cần thêm thời gian</translation>
    </message>
    <message>
        <source>Another manager approves the request; the new due date follows the branch&apos;s policy.</source>
        <translation>Một quản lý khác sẽ duyệt đề nghị này; hạn mới tính theo quy định thời hạn của chi nhánh.</translation>
    </message>
    <message>
        <source>Approve more time on %1</source>
        <translation>Duyệt gia hạn cho %1</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Ý kiến (không bắt buộc)</translation>
    </message>
    <message>
        <source>%1 asked: %2</source>
        <translation>%1 đề nghị: %2</translation>
    </message>
    <message>
        <source>Letter saved to %1</source>
        <translation>Đã lưu thư vào %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Lịch sử thay đổi của %1</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>Hủy khiếu nại %1</translation>
    </message>
    <message>
        <source>Reason (the entry keeps its number)</source>
        <translation>Lý do (mục này vẫn giữ số tiếp nhận)</translation>
    </message>
    <message>
        <source>A void entry stays in the register, marked void, so the numbering has no gaps.</source>
        <translation>Mục đã hủy vẫn nằm trong sổ, được đánh dấu là đã hủy, để số thứ tự không bị đứt quãng.</translation>
    </message>
    <message>
        <source>Confirm void</source>
        <translation>Xác nhận hủy</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Mở lại %1</translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <source>Well done. What happens to this conversation?</source>
        <translation>Bạn đã làm tốt. Cuộc tiếp khách này sẽ được xử lý thế nào?</translation>
    </message>
    <message>
        <source>1   Record the complaint now (Enter)</source>
        <translation>1   Vào sổ khiếu nại ngay (Enter)</translation>
    </message>
    <message>
        <source>2   Add to an existing complaint:</source>
        <translation>2   Bổ sung vào khiếu nại đã có:</translation>
    </message>
    <message>
        <source>register number, e.g. %1</source>
        <translation>số tiếp nhận, ví dụ %1</translation>
    </message>
    <message>
        <source>3   Finish without a complaint</source>
        <translation>3   Kết thúc, không ghi khiếu nại</translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message>
        <source>Search text, name, page...</source>
        <translation>Tìm nội dung, họ tên, trang...</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Ngày viết</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Góp ý đang chọn</translation>
    </message>
    <message>
        <source>Written in the book</source>
        <translation>Viết vào sổ</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Qua điện thoại</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Cách trả lời</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Save reply</source>
        <translation>Lưu câu trả lời</translation>
    </message>
    <message>
        <source>Promote to complaint...</source>
        <translation>Chuyển thành khiếu nại...</translation>
    </message>
    <message>
        <source>Open the complaint</source>
        <translation>Mở khiếu nại</translation>
    </message>
    <message>
        <source>View scan</source>
        <translation>Xem bản quét</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Mọi nguồn</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Mọi tháng</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>Not replied</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Đã chuyển thành khiếu nại</translation>
    </message>
    <message>
        <source>Not promoted</source>
        <translation>Chưa chuyển thành khiếu nại</translation>
    </message>
    <message>
        <source>in register</source>
        <translation>đã vào sổ</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>đã trả lời</translation>
    </message>
    <message>
        <source>not replied</source>
        <translation>chưa trả lời</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 góp ý</translation>
    </message>
    <message>
        <source>showing the newest %1; narrow the filters to see others</source>
        <translation>đang hiện %1 góp ý mới nhất; thu hẹp bộ lọc để xem các góp ý khác</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>ẩn danh</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Người viết: %1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Liên quan đến: %1</translation>
    </message>
    <message>
        <source>In the register as %1</source>
        <translation>Đã vào sổ khiếu nại với số %1</translation>
    </message>
    <message>
        <source>Reply saved.</source>
        <translation>Đã lưu câu trả lời.</translation>
    </message>
    <message>
        <source>Only a manager may read the audit history.</source>
        <translation>Chỉ quản lý mới được xem lịch sử thay đổi.</translation>
    </message>
    <message>
        <source>History of entry #%1</source>
        <translation>Lịch sử thay đổi của góp ý #%1</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra sự cố</translation>
    </message>
    <message>
        <source>Complaint Book hit an unexpected problem. What you saved is safe, and what you are typing is kept as a draft. Details were written to %1.</source>
        <translation>Sổ Khiếu Nại gặp sự cố ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn, phần bạn đang nhập được giữ lại thành bản nháp. Chi tiết lỗi đã được ghi vào %1.</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Register no.</source>
        <translation>Số tiếp nhận</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Tên khách hàng</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>ID or account no.</source>
        <translation>Số giấy tờ hoặc tài khoản</translation>
    </message>
    <message>
        <source>Extra care</source>
        <translation>Khách hàng yếu thế</translation>
    </message>
    <message>
        <source>Extra care: note</source>
        <translation>Khách hàng yếu thế: ghi chú</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>About staff member</source>
        <translation>Về nhân viên</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Liên quan đến</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Outcome wanted</source>
        <translation>Khách hàng mong muốn</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Hẹn hoàn thành</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>First reply due</source>
        <translation>Hạn trả lời đầu tiên</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Số lần gia hạn</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Biện pháp xử lý</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Bồi thường</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Customer accepted</source>
        <translation>Khách hàng đồng ý</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Giải quyết xong lúc</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Nguyên nhân gốc rễ</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Biện pháp khắc phục</translation>
    </message>
    <message>
        <source>Call-back due</source>
        <translation>Hạn gọi lại khảo sát</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Đã gọi lại lúc</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Mức độ hài lòng</translation>
    </message>
    <message>
        <source>Follow-up comment</source>
        <translation>Ý kiến khi gọi lại khảo sát</translation>
    </message>
    <message>
        <source>Follow-up waived</source>
        <translation>Miễn gọi lại khảo sát</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đóng hồ sơ lúc</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>Lý do hủy</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Thời điểm ghi nhận</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Number in the month</source>
        <translation>Số thứ tự trong tháng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang làm việc</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Số lần đăng nhập sai</translation>
    </message>
    <message>
        <source>First failed sign-in</source>
        <translation>Lần đăng nhập sai đầu tiên</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Khóa đến</translation>
    </message>
    <message>
        <source>Lockouts</source>
        <translation>Số lần bị khóa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Page or slip</source>
        <translation>Trang hoặc phiếu</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Ngày viết</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>About the service</source>
        <translation>Về dịch vụ</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <source>Replied by</source>
        <translation>Cách trả lời</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Box opening</source>
        <translation>Lần mở hộp</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>Mã chi nhánh</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Branch head</source>
        <translation>Giám đốc chi nhánh</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Deadline policy</source>
        <translation>Quy định thời hạn</translation>
    </message>
    <message>
        <source>Custom: working days</source>
        <translation>Tùy chỉnh: số ngày làm việc</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Bộ phân loại</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Đã thiết lập</translation>
    </message>
    <message>
        <source>Suggestion box opened on</source>
        <translation>Ngày mở hòm thư góp ý</translation>
    </message>
    <message>
        <source>Clerks may sign in with a 6-digit PIN</source>
        <translation>Nhân viên quầy được đăng nhập bằng mã PIN 6 số</translation>
    </message>
    <message>
        <source>Lock the screen after (minutes)</source>
        <translation>Khóa màn hình sau (phút)</translation>
    </message>
    <message>
        <source>Keep personal data (years)</source>
        <translation>Lưu dữ liệu cá nhân (năm)</translation>
    </message>
    <message>
        <source>Folder for a second copy of each backup</source>
        <translation>Thư mục lưu bản sao thứ hai của mỗi bản sao lưu</translation>
    </message>
    <message>
        <source>Emergency numbers for the safety exit</source>
        <translation>Số khẩn cấp khi dừng khẩn cấp</translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation>Ngày thiết lập</translation>
    </message>
    <message>
        <source>Letters refer customers to</source>
        <translation>Thư hướng dẫn khách hàng liên hệ</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Tên chi nhánh</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>In the record</source>
        <translation>Ghi vào hồ sơ</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Số lần dùng</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Đã ghi nhận</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Existing when the audit trail began</source>
        <translation>Đã có khi bắt đầu ghi vết</translation>
    </message>
    <message>
        <source>Upgrade of the app</source>
        <translation>Nâng cấp ứng dụng</translation>
    </message>
    <message>
        <source>the country&apos;s default</source>
        <translation>mặc định của quốc gia</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>(đã đặt)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 tháng</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Complaint Book: first start on this PC</source>
        <translation>Sổ Khiếu Nại: lần khởi động đầu tiên trên máy này</translation>
    </message>
    <message>
        <source>Welcome to Complaint Book</source>
        <translation>Chào mừng đến với Sổ Khiếu Nại</translation>
    </message>
    <message>
        <source>This PC holds no register yet. Is this the branch&apos;s only PC, or does the branch keep its register on a branch server that other PCs already use?</source>
        <translation>Máy này chưa có sổ theo dõi khiếu nại. Đây là máy duy nhất của chi nhánh, hay chi nhánh giữ sổ trên máy chủ chi nhánh mà các máy khác đang dùng?</translation>
    </message>
    <message>
        <source>Set up a new branch on this PC</source>
        <translation>Thiết lập chi nhánh mới trên máy này</translation>
    </message>
    <message>
        <source>The register is kept in this PC&apos;s own data folder. You become its manager.</source>
        <translation>Sổ được lưu trong thư mục dữ liệu của chính máy này. Bạn trở thành quản lý của sổ.</translation>
    </message>
    <message>
        <source>Join the branch server</source>
        <translation>Kết nối vào máy chủ chi nhánh</translation>
    </message>
    <message>
        <source>This PC works on the register the other PCs share (PostgreSQL on the branch network). Nothing is kept in a register of its own.</source>
        <translation>Máy này làm việc trên sổ dùng chung với các máy khác (PostgreSQL trong mạng chi nhánh). Máy không giữ sổ riêng nào.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Testing the connection to %1 (this takes at most %2 seconds)...</source>
        <translation>Đang kiểm tra kết nối tới %1 (mất tối đa %2 giây)...</translation>
    </message>
</context>
<context>
    <name>GuidedView</name>
    <message>
        <source>Leave (Esc)</source>
        <translation>Thoát (Esc)</translation>
    </message>
    <message>
        <source>Practice run: not counted in the figures, not attached to a complaint.</source>
        <translation>Phiên luyện tập: không tính vào số liệu, không gắn vào khiếu nại.</translation>
    </message>
    <message>
        <source>Note for this step (optional)</source>
        <translation>Ghi chú cho bước này (không bắt buộc)</translation>
    </message>
    <message>
        <source>Back (Backspace)</source>
        <translation>Quay lại (Backspace)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>Bỏ qua (S)</translation>
    </message>
    <message>
        <source>Not applicable (N)</source>
        <translation>Không áp dụng (N)</translation>
    </message>
    <message>
        <source>Done, next (Enter)</source>
        <translation>Xong, tiếp theo (Enter)</translation>
    </message>
    <message>
        <source>Still upset: three changes (E)</source>
        <translation>Còn bức xúc: đổi người – đổi chỗ – đổi thời gian (E)</translation>
    </message>
    <message>
        <source>Safety exit (F12)</source>
        <translation>Dừng khẩn cấp (F12)</translation>
    </message>
    <message>
        <source>Still upset: appointment or safety exit (E)</source>
        <translation>Khách vẫn bức xúc: lịch hẹn hoặc dừng khẩn cấp (E)</translation>
    </message>
    <message>
        <source>Serving the customer: you (%1)</source>
        <translation>Đang tiếp khách: bạn (%1)</translation>
    </message>
    <message>
        <source>Serving the customer: your colleague %1</source>
        <translation>Đang tiếp khách: đồng nghiệp %1 (đã thay bạn)</translation>
    </message>
    <message>
        <source>Listening for %1</source>
        <translation>Đã lắng nghe %1</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Quay lại (Esc)</translation>
    </message>
    <message>
        <source>Record and continue (Enter)</source>
        <translation>Ghi lại và tiếp tục (Enter)</translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation>Đóng (Enter)</translation>
    </message>
    <message>
        <source>Time with the customer: %1</source>
        <translation>Thời gian tiếp khách: %1</translation>
    </message>
    <message>
        <source>Outcome wanted: %1</source>
        <translation>Khách hàng mong muốn: %1</translation>
    </message>
    <message>
        <source>Promised by: %1</source>
        <translation>Hẹn hoàn thành: %1</translation>
    </message>
    <message>
        <source>Changes needed: %1 of 3</source>
        <translation>Đã dùng %1/3 cách (đổi người – đổi chỗ – đổi thời gian)</translation>
    </message>
    <message>
        <source>Moved to: %1</source>
        <translation>Đã mời sang: %1</translation>
    </message>
    <message>
        <source>Appointment: %1 with %2</source>
        <translation>Lịch hẹn: %1 với %2</translation>
    </message>
    <message>
        <source>The register number is given when the complaint is recorded (1).</source>
        <translation>Số tiếp nhận có khi khiếu nại được ghi vào sổ (1).</translation>
    </message>
    <message>
        <source>No complaint has the register number %1.</source>
        <translation>Không có khiếu nại nào mang số tiếp nhận %1.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Each line is a saved change. The trail is chained and cannot be edited.</source>
        <translation>Mỗi dòng là một lần thay đổi đã lưu. Các dòng được liên kết nối tiếp nhau và không thể sửa.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation>(bí mật)</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>New complaint (Ctrl+N)</source>
        <translation>Khiếu nại mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Due in 7 days</source>
        <translation>Đến hạn trong 7 ngày</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Received this month</source>
        <translation>Tiếp nhận trong tháng</translation>
    </message>
    <message>
        <source>Overdue: reply date passed</source>
        <translation>Quá hạn: đã qua hạn trả lời</translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation>Đến hạn trong 7 ngày tới</translation>
    </message>
    <message>
        <source>Waiting for you: more time, root-cause tasks</source>
        <translation>Chờ bạn: gia hạn, nguyên nhân gốc rễ</translation>
    </message>
    <message>
        <source>Appointments booked with customers</source>
        <translation>Lịch hẹn với khách hàng</translation>
    </message>
    <message>
        <source>At the counter this month</source>
        <translation>Tại quầy trong tháng này</translation>
    </message>
    <message>
        <source>Opinion book and suggestion box</source>
        <translation>Sổ góp ý và hòm thư góp ý</translation>
    </message>
    <message>
        <source>first reply by %1</source>
        <translation>trả lời lần đầu trước %1</translation>
    </message>
    <message>
        <source>promised to the customer for %1</source>
        <translation>đã hẹn với khách ngày %1</translation>
    </message>
    <message>
        <source>[extra care]</source>
        <translation>[khách hàng yếu thế]</translation>
    </message>
    <message>
        <source>[about staff]</source>
        <translation>[khiếu nại nhân viên]</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Không có mục nào.</translation>
    </message>
    <message>
        <source>%1  ·  asked by %2</source>
        <translation>%1  ·  %2 đề nghị</translation>
    </message>
    <message>
        <source>Asked %1, reply due %2: %3</source>
        <translation>Đề nghị lúc %1, hạn trả lời %2: %3</translation>
    </message>
    <message>
        <source>%1 alike in 7 days</source>
        <translation>%1 khiếu nại tương tự trong 7 ngày</translation>
    </message>
    <message>
        <source>scope: %1</source>
        <translation>phạm vi: %1</translation>
    </message>
    <message>
        <source>%1  ·  root-cause task asked (%2)</source>
        <translation>%1  ·  cần mở việc tìm nguyên nhân gốc rễ (%2)</translation>
    </message>
    <message>
        <source>Open it to see the complaints alike and open the task.</source>
        <translation>Mở để xem các khiếu nại tương tự và mở việc tìm nguyên nhân.</translation>
    </message>
    <message>
        <source>Today&apos;s reading of the opinion book is not signed yet.</source>
        <translation>Hôm nay chưa ký xác nhận đã đọc sổ góp ý.</translation>
    </message>
    <message>
        <source>%1 complaint(s) from the book or box not answered or registered within 3 days.</source>
        <translation>%1 khiếu nại từ sổ góp ý hoặc hộp thư chưa được trả lời hay vào sổ trong vòng 3 ngày.</translation>
    </message>
    <message>
        <source>Suggestion box opening missed: %1</source>
        <translation>Bỏ lỡ lần mở hòm thư góp ý: %1</translation>
    </message>
    <message>
        <source>All read, answered and opened on time.</source>
        <translation>Tất cả đều được đọc, trả lời và mở hộp đúng hạn.</translation>
    </message>
    <message>
        <source>no complaint yet</source>
        <translation>chưa có khiếu nại</translation>
    </message>
    <message>
        <source>No appointments ahead.</source>
        <translation>Không có lịch hẹn sắp tới.</translation>
    </message>
    <message>
        <source>Checklist runs: %1</source>
        <translation>Số phiên xoa dịu: %1</translation>
    </message>
    <message>
        <source>Changed person %1, place %2, time %3; safety exits %4</source>
        <translation>Đổi người %1, đổi chỗ %2, đổi thời gian %3; dừng khẩn cấp %4</translation>
    </message>
    <message>
        <source>Median time to calm: %1 min</source>
        <translation>Thời gian xoa dịu (trung vị): %1 phút</translation>
    </message>
    <message>
        <source>Most skipped steps: %1</source>
        <translation>Bước hay bị bỏ qua nhất: %1</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Every field you both changed is decided: check the form and save (Ctrl+S).</source>
        <translation>Đã quyết định xong mọi mục cả hai cùng sửa: kiểm tra lại biểu mẫu rồi lưu (Ctrl+S).</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Needs extra care (vulnerable customer)</source>
        <translation>Cần hỗ trợ đặc biệt (khách hàng yếu thế)</translation>
    </message>
    <message>
        <source>What help the customer needs</source>
        <translation>Khách hàng cần hỗ trợ gì</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>ID or account no.</source>
        <translation>Số giấy tờ hoặc tài khoản</translation>
    </message>
    <message>
        <source>Care note</source>
        <translation>Ghi chú hỗ trợ</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <source>Service, product or counter concerned</source>
        <translation>Dịch vụ, sản phẩm hoặc quầy liên quan</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Loại chi tiết</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Staff complained about</source>
        <translation>Nhân viên bị khiếu nại</translation>
    </message>
    <message>
        <source>Service concerned</source>
        <translation>Dịch vụ liên quan</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>Nội dung khiếu nại</translation>
    </message>
    <message>
        <source>One line: what went wrong</source>
        <translation>Một dòng: chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>What the customer said happened, in their words</source>
        <translation>Diễn biến theo lời khách hàng kể</translation>
    </message>
    <message>
        <source>Ask: what would you like us to do?</source>
        <translation>Hỏi khách: anh/chị mong chúng tôi giải quyết thế nào?</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Outcome the customer wants</source>
        <translation>Khách hàng mong muốn</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Promised to the customer by</source>
        <translation>Đã hẹn khách hoàn thành trước</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>Thời điểm hoàn thành</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Discard (Esc)</source>
        <translation>Bỏ (Esc)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- chọn -</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>(chưa rõ)</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(không nêu tên)</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(chưa phân công)</translation>
    </message>
    <message>
        <source>(general)</source>
        <translation>(chung)</translation>
    </message>
    <message>
        <source>shown once channel and category are chosen</source>
        <translation>hiện sau khi chọn kênh và loại</translation>
    </message>
    <message>
        <source>%1 (first reply by %2)</source>
        <translation>%1 (trả lời lần đầu trước %2)</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Khiếu nại mới</translation>
    </message>
    <message>
        <source>Edit complaint %1</source>
        <translation>Sửa khiếu nại %1</translation>
    </message>
    <message>
        <source>Draft NOT kept: %1</source>
        <translation>Bản nháp CHƯA được lưu: %1</translation>
    </message>
    <message>
        <source>Draft NOT kept (the log has the details).</source>
        <translation>Bản nháp CHƯA được lưu (chi tiết trong nhật ký).</translation>
    </message>
    <message>
        <source>Draft kept on this PC at %1</source>
        <translation>Đã lưu nháp trên máy này lúc %1</translation>
    </message>
    <message>
        <source>Decide first, for each field you both changed: %1.</source>
        <translation>Hãy chọn trước cho từng mục cả hai người đã sửa: %1.</translation>
    </message>
    <message>
        <source>You both changed: %1. Decide each one below, then save.</source>
        <translation>Cả hai người đều đã sửa: %1. Hãy chọn cho từng mục bên dưới rồi lưu.</translation>
    </message>
    <message>
        <source>Their changes and yours are both in the form now.</source>
        <translation>Biểu mẫu giờ đã có cả thay đổi của người kia và của bạn.</translation>
    </message>
    <message>
        <source>Discard this complaint?</source>
        <translation>Bỏ khiếu nại này?</translation>
    </message>
    <message>
        <source>What you typed will be lost. Discard it?</source>
        <translation>Nội dung bạn đã nhập sẽ bị mất. Bỏ khiếu nại này?</translation>
    </message>
</context>
<context>
    <name>LastResortPanel</name>
    <message>
        <source>All three changes have been tried</source>
        <translation>Đã thử cả ba: đổi người – đổi chỗ – đổi thời gian</translation>
    </message>
    <message>
        <source>2   Threats or violence: safety exit (F12)</source>
        <translation>2   Bị đe dọa hoặc bạo lực: dừng khẩn cấp (F12)</translation>
    </message>
    <message>
        <source>3   The customer is calmer now: go on with the checklist</source>
        <translation>3   Khách đã bình tĩnh hơn: tiếp tục các bước</translation>
    </message>
    <message>
        <source>Do not start again. Confirm the appointment with the customer, give them the time and the name, and end the conversation calmly.</source>
        <translation>Đừng bắt đầu lại. Xác nhận lịch hẹn với khách, báo rõ giờ hẹn và tên người tiếp, rồi kết thúc cuộc trao đổi một cách bình tĩnh.</translation>
    </message>
    <message>
        <source>Appointment: %1 with %2</source>
        <translation>Lịch hẹn: %1 với %2</translation>
    </message>
    <message>
        <source>1   Confirm the appointment and end (Enter)</source>
        <translation>1   Xác nhận lịch hẹn và kết thúc (Enter)</translation>
    </message>
    <message>
        <source>Do not start again. Offer an appointment with a senior manager, and end the conversation calmly.</source>
        <translation>Đừng bắt đầu lại. Đề nghị một lịch hẹn với cấp quản lý cao hơn, rồi kết thúc cuộc trao đổi một cách bình tĩnh.</translation>
    </message>
    <message>
        <source>1   End the conversation (Enter)</source>
        <translation>1   Kết thúc cuộc trao đổi (Enter)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter to the customer about %1</source>
        <translation>Thư gửi khách hàng về khiếu nại %1</translation>
    </message>
    <message>
        <source>The letter is addressed to the customer and gives the register number, the dates and where the customer may turn if unhappy. It is saved as a PDF to print, and noted on the timeline.</source>
        <translation>Thư gửi đích danh khách hàng, ghi số tiếp nhận, các mốc ngày và nơi khách hàng có thể liên hệ nếu chưa hài lòng. Thư được lưu thành tệp PDF để in và được ghi vào quá trình xử lý.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Loại thư</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Ngôn ngữ của thư</translation>
    </message>
    <message>
        <source>In the customer&apos;s language: what we are still waiting for</source>
        <translation>Viết bằng ngôn ngữ của khách hàng: chúng tôi còn đang chờ điều gì</translation>
    </message>
    <message>
        <source>Why there is no final response yet</source>
        <translation>Vì sao chưa có câu trả lời cuối cùng</translation>
    </message>
    <message>
        <source>Final response expected by</source>
        <translation>Dự kiến trả lời cuối cùng trước ngày</translation>
    </message>
    <message>
        <source>What was found and done (printed as written)</source>
        <translation>Kết quả xác minh và việc đã làm (in đúng như đã viết)</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>&amp;Lưu tệp PDF...</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Thư xác nhận tiếp nhận</translation>
    </message>
    <message>
        <source>Holding letter (no final response yet)</source>
        <translation>Thư thông báo tiến độ (chưa có câu trả lời cuối cùng)</translation>
    </message>
    <message>
        <source>Final response</source>
        <translation>Thư trả lời cuối cùng</translation>
    </message>
    <message>
        <source>Summary resolution (settled within three business days)</source>
        <translation>Thư xác nhận đã giải quyết (giải quyết xong trong ba ngày làm việc)</translation>
    </message>
    <message>
        <source>No ombudsman or regulator is set for this branch&apos;s country, so no letter can be printed: a manager sets it in Settings.</source>
        <translation>Chưa có cơ quan giải quyết tranh chấp hay cơ quan quản lý nào cho quốc gia của chi nhánh, nên chưa in được thư: quản lý cần nhập trong phần Cài đặt.</translation>
    </message>
    <message>
        <source>An unhappy customer is told to turn to %1 (%2).</source>
        <translation>Thư sẽ hướng dẫn khách hàng chưa hài lòng liên hệ %1 (%2).</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Lưu thư</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Complaint Book</source>
        <translation>Sổ Khiếu Nại</translation>
    </message>
    <message>
        <source>Switch user / lock (Ctrl+L)</source>
        <translation>Đổi người dùng / khóa màn hình (Ctrl+L)</translation>
    </message>
    <message>
        <source>Customer is upset (F2)</source>
        <translation>Khách hàng đang bức xúc (F2)</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <source>Resume it</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ theo dõi khiếu nại</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Khiếu nại mới</translation>
    </message>
    <message>
        <source>Opinion book</source>
        <translation>Sổ góp ý</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Standard replies</source>
        <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Đang sao lưu...</translation>
    </message>
    <message>
        <source>This register is open read-only on this PC (the file or its folder cannot be written). You can read and print; nothing can be saved.</source>
        <translation>Sổ theo dõi khiếu nại này đang mở ở chế độ chỉ đọc trên máy này (không ghi được vào tệp hoặc thư mục chứa tệp). Bạn có thể xem và in, nhưng không lưu được gì.</translation>
    </message>
    <message>
        <source>register on this PC</source>
        <translation>sổ trên máy này</translation>
    </message>
    <message>
        <source>branch server %1, database %2</source>
        <translation>máy chủ chi nhánh %1, cơ sở dữ liệu %2</translation>
    </message>
    <message>
        <source>Complaint Book - %1</source>
        <translation>Sổ Khiếu Nại - %1</translation>
    </message>
    <message>
        <source>Branch server unreachable since %1; retrying. What you type is kept as a draft on this PC; nothing can be saved until the server is back.</source>
        <translation>Không kết nối được máy chủ chi nhánh từ %1; đang thử lại. Nội dung bạn nhập được lưu nháp trên máy này; chưa thể lưu gì cho đến khi máy chủ hoạt động lại.</translation>
    </message>
    <message>
        <source>The branch server cannot be reached (since %1), so this cannot be saved now. It is offered again as soon as the server is back.</source>
        <translation>Không kết nối được máy chủ chi nhánh (từ %1), nên lúc này chưa lưu được. Nút này sẽ dùng lại được ngay khi máy chủ hoạt động trở lại.</translation>
    </message>
    <message>
        <source>This register failed its audit check: %1 (%2 problem(s) in all; the command check lists them). Compare it with the last signed register and the backups before going on.</source>
        <translation>Sổ theo dõi này không qua được kiểm tra nhật ký: %1 (tổng cộng %2 vấn đề; lệnh check liệt kê đầy đủ). Hãy đối chiếu với sổ đã ký gần nhất và các bản sao lưu trước khi làm tiếp.</translation>
    </message>
    <message>
        <source>This register failed its audit check. A manager sees what failed; tell one.</source>
        <translation>Sổ theo dõi này không qua được kiểm tra nhật ký. Quản lý xem được lỗi gì; hãy báo cho quản lý.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Đã đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <source>The screen was locked. Sign in to continue.</source>
        <translation>Màn hình đã bị khóa. Hãy đăng nhập để tiếp tục.</translation>
    </message>
    <message>
        <source>Branch not set up yet (code %1): see Settings</source>
        <translation>Chi nhánh chưa được thiết lập (mã %1): xem mục Cài đặt</translation>
    </message>
    <message>
        <source>The branch server cannot be reached, so the complaint cannot be opened now; it can be once the server answers again.</source>
        <translation>Không kết nối được máy chủ chi nhánh nên chưa mở được khiếu nại này; có thể mở khi máy chủ hoạt động trở lại.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Đã lưu với số %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>A counter checklist started at %1 was not finished. Resume it?</source>
        <translation>Phiên xoa dịu tại quầy bắt đầu lúc %1 chưa hoàn tất. Tiếp tục phiên này?</translation>
    </message>
    <message>
        <source>From the guide: %1</source>
        <translation>Từ hướng dẫn xoa dịu: %1</translation>
    </message>
    <message>
        <source>Checklist added to the complaint.</source>
        <translation>Đã thêm phiên xoa dịu vào khiếu nại.</translation>
    </message>
    <message>
        <source>A complaint you had not saved was kept from %1. Restore it?</source>
        <translation>Có một khiếu nại chưa lưu từ lúc %1 đã được giữ lại. Khôi phục khiếu nại này?</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>Không sao lưu được: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <source>Backing up the register before closing...</source>
        <translation>Đang sao lưu sổ theo dõi khiếu nại trước khi đóng...</translation>
    </message>
    <message>
        <source>The register file failed its check (%1). It is now open read-only: you can read and print, nothing more is written to it.</source>
        <translation>Tệp sổ theo dõi khiếu nại không qua được bước kiểm tra (%1). Sổ hiện được mở ở chế độ chỉ đọc: bạn có thể xem và in, không có gì được ghi thêm vào tệp.</translation>
    </message>
    <message>
        <source>The register file failed its check, and no good backup was found. Keep working read-only and ask for help; the file is kept as it is.</source>
        <translation>Tệp sổ theo dõi khiếu nại không qua được bước kiểm tra và không tìm thấy bản sao lưu tốt nào. Hãy tiếp tục làm việc ở chế độ chỉ đọc và nhờ hỗ trợ; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The register file failed its check. Restore the newest good backup, from %1 (%2 complaints)? The damaged file is moved aside untouched, and everyone signs in again.</source>
        <translation>Tệp sổ theo dõi khiếu nại không qua được bước kiểm tra. Khôi phục bản sao lưu tốt gần nhất, lập lúc %1 (%2 khiếu nại)? Tệp bị hỏng sẽ được chuyển sang chỗ khác, giữ nguyên, và mọi người đăng nhập lại.</translation>
    </message>
    <message>
        <source>Only a manager may restore a backup.</source>
        <translation>Chỉ quản lý mới được khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <source>Restoring the backup...

The register as it is now is backed up first; a large register takes a while.</source>
        <translation>Đang khôi phục bản sao lưu...

Sổ theo dõi khiếu nại hiện tại được sao lưu trước; sổ lớn sẽ mất một lúc.</translation>
    </message>
    <message>
        <source>Restored the backup of %1 (%2 complaints). Sign in again.</source>
        <translation>Đã khôi phục bản sao lưu lúc %1 (%2 khiếu nại). Hãy đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move this PC&apos;s register to the branch server</source>
        <translation>Chuyển sổ của máy này lên máy chủ chi nhánh</translation>
    </message>
    <message>
        <source>Everything in this PC&apos;s register is copied into the server&apos;s register, which must be empty: complaints with their timelines and audit history, the opinion book, box openings, sign-offs, checklist runs, and staff with their roles and passwords. Both registers are then checked and their counts shown side by side. This PC&apos;s register is left as it is.</source>
        <translation>Toàn bộ sổ của máy này được sao chép vào sổ trên máy chủ (sổ đó phải trống): các khiếu nại cùng diễn biến và lịch sử kiểm tra, sổ góp ý, các lần mở hòm thư góp ý, các lần ký xác nhận đọc sổ, các phiên xoa dịu, và nhân viên cùng vai trò và mật khẩu. Sau đó cả hai sổ được kiểm tra và số lượng được đặt cạnh nhau. Sổ của máy này giữ nguyên.</translation>
    </message>
    <message>
        <source>Your password (%1)</source>
        <translation>Mật khẩu của bạn (%1)</translation>
    </message>
    <message>
        <source>The server&apos;s owner (a server with two users only)</source>
        <translation>Chủ sở hữu máy chủ (chỉ với máy chủ có hai người dùng)</translation>
    </message>
    <message>
        <source>If the branch server was set up with two users, only its owner role may move a register in. Type the owner&apos;s user name and password: they are used for this move only and are not kept anywhere. Otherwise leave them empty.</source>
        <translation>Nếu máy chủ chi nhánh được thiết lập với hai người dùng, chỉ vai trò chủ sở hữu mới được chuyển sổ vào. Nhập tên người dùng và mật khẩu của chủ sở hữu: chúng chỉ dùng cho lần chuyển này và không được lưu ở đâu cả. Nếu không, hãy để trống.</translation>
    </message>
    <message>
        <source>Owner&apos;s user name</source>
        <translation>Tên người dùng của chủ sở hữu</translation>
    </message>
    <message>
        <source>Owner&apos;s password</source>
        <translation>Mật khẩu của chủ sở hữu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Move now</source>
        <translation>Chuyển ngay</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>Hãy nhập mật khẩu của bạn trước.</translation>
    </message>
    <message>
        <source>Type the owner&apos;s password too.</source>
        <translation>Hãy nhập cả mật khẩu của chủ sở hữu.</translation>
    </message>
    <message>
        <source>Moving... (this can take a few minutes)</source>
        <translation>Đang chuyển... (có thể mất vài phút)</translation>
    </message>
    <message>
        <source>Moved, and both registers passed their check. Press Use this server, then start Complaint Book again on every PC.</source>
        <translation>Đã chuyển xong, cả hai sổ đều qua kiểm tra. Bấm Dùng máy chủ này, rồi khởi động lại Sổ Khiếu Nại trên mọi máy.</translation>
    </message>
    <message>
        <source>Nothing was moved: on this server only its owner role %1 may move a register in, not %2. Type the owner&apos;s user name and password above, then press Move now.</source>
        <translation>Chưa có gì được chuyển: trên máy chủ này chỉ vai trò chủ sở hữu %1 mới được chuyển sổ vào, %2 thì không. Nhập tên người dùng và mật khẩu của chủ sở hữu ở trên, rồi bấm Chuyển ngay.</translation>
    </message>
    <message>
        <source>Nothing was moved: the branch server %1 refused the owner&apos;s user name %2 with the password typed. Check the owner&apos;s user name and password, type them again, then press Move now.</source>
        <translation>Chưa có gì được chuyển: máy chủ chi nhánh %1 từ chối tên người dùng chủ sở hữu %2 với mật khẩu đã nhập. Kiểm tra tên người dùng và mật khẩu của chủ sở hữu, nhập lại, rồi bấm Chuyển ngay.</translation>
    </message>
    <message>
        <source>Nothing was moved: the branch server %1 refused user name %2 with the password typed in Settings. Check the server&apos;s fields there.</source>
        <translation>Chưa có gì được chuyển: máy chủ chi nhánh %1 từ chối tên người dùng %2 với mật khẩu đã nhập trong Cài đặt. Hãy kiểm tra các ô về máy chủ ở đó.</translation>
    </message>
    <message>
        <source>Nothing was moved: %1</source>
        <translation>Chưa có gì được chuyển: %1</translation>
    </message>
    <message>
        <source>the move stopped unexpectedly.</source>
        <translation>việc chuyển dừng lại bất ngờ.</translation>
    </message>
    <message>
        <source>Nothing was moved, or the move did not check out: see below.</source>
        <translation>Chưa chuyển được gì, hoặc kết quả chuyển không qua kiểm tra: xem bên dưới.</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>máy này</translation>
    </message>
    <message>
        <source>server</source>
        <translation>máy chủ</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>khác nhau</translation>
    </message>
    <message>
        <source>Check on %1: OK</source>
        <translation>Kiểm tra trên %1: đạt</translation>
    </message>
    <message>
        <source>Check on %1: %2 problem(s)</source>
        <translation>Kiểm tra trên %1: %2 vấn đề</translation>
    </message>
</context>
<context>
    <name>NumbersTab</name>
    <message>
        <source>Praise by staff member:</source>
        <translation>Lời khen theo từng nhân viên:</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Lời khen</translation>
    </message>
    <message>
        <source>Entries: %1 (%2)</source>
        <translation>Số góp ý: %1 (%2)</translation>
    </message>
    <message>
        <source>Promoted to complaints: %1</source>
        <translation>Đã chuyển thành khiếu nại: %1</translation>
    </message>
    <message>
        <source>Replied: %1 (%2 of those needing a reply)</source>
        <translation>Đã trả lời: %1 (%2 trong số góp ý cần trả lời)</translation>
    </message>
    <message>
        <source>Days read and signed on time: %1 of %2</source>
        <translation>Số ngày đã đọc và ký đúng hạn: %1 / %2</translation>
    </message>
    <message>
        <source>Days signed late (not counted as read): %1</source>
        <translation>Số ngày ký muộn (không tính là đã đọc): %1</translation>
    </message>
    <message>
        <source>Suggestion box openings: %1</source>
        <translation>Số lần mở hòm thư góp ý: %1</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>an unexpected problem (the details are in the log)</source>
        <translation>sự cố ngoài dự kiến (chi tiết đã được ghi vào nhật ký)</translation>
    </message>
    <message>
        <source>Working, a moment please...</source>
        <translation>Đang xử lý, xin chờ một lát...</translation>
    </message>
    <message>
        <source>Complaint Book</source>
        <translation>Sổ Khiếu Nại</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Chưa thực hiện được</translation>
    </message>
</context>
<context>
    <name>OpinionForm</name>
    <message>
        <source>Transcribe an entry</source>
        <translation>Nhập góp ý</translation>
    </message>
    <message>
        <source>book page or slip number</source>
        <translation>số trang sổ hoặc số phiếu</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- chọn -</translation>
    </message>
    <message>
        <source>The customer&apos;s words, as written</source>
        <translation>Nguyên văn lời khách hàng đã viết</translation>
    </message>
    <message>
        <source>leave empty if anonymous</source>
        <translation>để trống nếu ẩn danh</translation>
    </message>
    <message>
        <source>Attach scan or photo...</source>
        <translation>Đính kèm bản quét hoặc ảnh...</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Box opening</source>
        <translation>Lần mở hộp</translation>
    </message>
    <message>
        <source>Page / slip no.</source>
        <translation>Trang / số phiếu</translation>
    </message>
    <message>
        <source>Date written</source>
        <translation>Ngày viết</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>About staff member</source>
        <translation>Về nhân viên</translation>
    </message>
    <message>
        <source>About service</source>
        <translation>Về dịch vụ</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Bản quét</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+S)</source>
        <translation>Lưu và nhập tiếp (Ctrl+S)</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(không nêu tên)</translation>
    </message>
    <message>
        <source>(not from a box opening)</source>
        <translation>(không phải từ lần mở hộp)</translation>
    </message>
    <message>
        <source>Opened %1 (witness %2)</source>
        <translation>Mở hộp %1 (người chứng kiến %2)</translation>
    </message>
    <message>
        <source>Choose the scan or photo</source>
        <translation>Chọn bản quét hoặc ảnh</translation>
    </message>
    <message>
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.pdf)</source>
        <translation>Ảnh và PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.pdf)</translation>
    </message>
</context>
<context>
    <name>OpinionNames</name>
    <message>
        <source>Opinion book</source>
        <translation>Sổ góp ý</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Hòm thư góp ý</translation>
    </message>
    <message>
        <source>Comment card</source>
        <translation>Phiếu góp ý</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Khen ngợi</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
</context>
<context>
    <name>OpinionsView</name>
    <message>
        <source>Opinion book and suggestion box</source>
        <translation>Sổ góp ý và hòm thư góp ý</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Các góp ý</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Hòm thư góp ý</translation>
    </message>
    <message>
        <source>Daily reading</source>
        <translation>Ký xác nhận đọc sổ hằng ngày</translation>
    </message>
    <message>
        <source>Numbers and praise</source>
        <translation>Số liệu và lời khen</translation>
    </message>
</context>
<context>
    <name>ReadingTab</name>
    <message>
        <source>The branch head, or a manager standing in, reads the opinion book every day and signs it here.</source>
        <translation>Giám đốc chi nhánh, hoặc quản lý được ủy quyền, đọc sổ góp ý mỗi ngày và ký xác nhận tại đây.</translation>
    </message>
    <message>
        <source>I have read today&apos;s entries: sign</source>
        <translation>Tôi đã đọc các góp ý hôm nay: ký xác nhận</translation>
    </message>
    <message>
        <source>Days in the last two weeks without a sign-off:</source>
        <translation>Những ngày trong hai tuần qua chưa ký xác nhận:</translation>
    </message>
    <message>
        <source>Sign the selected day</source>
        <translation>Ký cho ngày đã chọn</translation>
    </message>
    <message>
        <source>Signed in the last two weeks:</source>
        <translation>Đã ký trong hai tuần qua:</translation>
    </message>
    <message>
        <source>%1: signed by %2 on %3</source>
        <translation>%1: %2 ký lúc %3</translation>
    </message>
    <message>
        <source>sealed: branch key %1, audit trail entry #%2</source>
        <translation>đã niêm phong: khóa chi nhánh %1, mục nhật ký kiểm tra #%2</translation>
    </message>
    <message>
        <source>LATE: %1 days after the day read</source>
        <translation>KÝ MUỘN: sau %1 ngày</translation>
    </message>
    <message>
        <source>Signed for %1. Branch key %2: it must match the key printed on the signed monthly registers.</source>
        <translation>Đã ký cho ngày %1. Khóa chi nhánh %2: phải trùng với khóa in trên các sổ theo dõi hằng tháng đã ký.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Register no.</source>
        <translation>Số tiếp nhận</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (quá hạn)</translation>
    </message>
    <message>
        <source>%1 (first reply)</source>
        <translation>%1 (trả lời lần đầu)</translation>
    </message>
    <message>
        <source>[extra care]</source>
        <translation>[khách hàng yếu thế]</translation>
    </message>
    <message>
        <source>[about staff]</source>
        <translation>[khiếu nại nhân viên]</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Complaint register</source>
        <translation>Sổ theo dõi khiếu nại</translation>
    </message>
    <message>
        <source>Search number, customer, phone, text... (Ctrl+F)</source>
        <translation>Tìm số, khách hàng, điện thoại, nội dung... (Ctrl+F)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ xem quá hạn</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Mọi tháng</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Chưa đóng</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Mọi người</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n khiếu nại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n complaints</source>
        <translation>
            <numerusform>Hơn %n khiếu nại</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesView</name>
    <message>
        <source>Standard replies</source>
        <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
        <source>Save the booklet as PDF...</source>
        <translation>Lưu sổ tay thành PDF...</translation>
    </message>
    <message>
        <source>Agreed answers to what customers object to most often. Replies of the commonest categories come first; each use is counted.</source>
        <translation>Các câu trả lời đã thống nhất cho những điều khách hàng hay phàn nàn nhất. Câu trả lời thuộc các loại thường gặp nhất được xếp trước; mỗi lần dùng đều được đếm.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>What the customer says or wants</source>
        <translation>Khách hàng nói gì hoặc muốn gì</translation>
    </message>
    <message>
        <source>The answer we agreed to give</source>
        <translation>Câu trả lời đã thống nhất</translation>
    </message>
    <message>
        <source>What the record and letters say, e.g. Apologised; refunded the same day.</source>
        <translation>Nội dung ghi vào hồ sơ và thư, ví dụ: Đã xin lỗi Quý khách; đã hoàn tiền trong ngày.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>In the record</source>
        <translation>Ghi vào hồ sơ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ngừng dùng</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>đã ngừng dùng</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>đã dùng %n lần</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Dùng lại</translation>
    </message>
    <message>
        <source>Reply saved.</source>
        <translation>Đã lưu câu trả lời.</translation>
    </message>
    <message>
        <source>History of the reply</source>
        <translation>Lịch sử câu trả lời</translation>
    </message>
    <message>
        <source>Only a manager may read the audit history.</source>
        <translation>Chỉ quản lý mới được xem lịch sử thay đổi.</translation>
    </message>
    <message>
        <source>Save the booklet</source>
        <translation>Lưu sổ tay</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Booklet with %1 replies saved to %2</source>
        <translation>Đã lưu sổ tay gồm %1 câu trả lời vào %2</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Monthly complaint register</source>
        <translation>Sổ theo dõi khiếu nại hằng tháng</translation>
    </message>
    <message>
        <source>Make the register</source>
        <translation>Lập sổ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>&lt; Previous page</source>
        <translation>&lt; Trang trước</translation>
    </message>
    <message>
        <source>Next page &gt;</source>
        <translation>Trang sau &gt;</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>In...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Lưu thành PDF...</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Xuất CSV...</translation>
    </message>
    <message>
        <source>Export Excel...</source>
        <translation>Xuất Excel...</translation>
    </message>
    <message>
        <source>Full names, phone and ID numbers</source>
        <translation>Họ tên, số điện thoại và số giấy tờ đầy đủ</translation>
    </message>
    <message>
        <source>Without this, names, phone and ID numbers are masked as on the register.</source>
        <translation>Nếu không chọn, họ tên, số điện thoại và số giấy tờ được che bớt như trên sổ theo dõi khiếu nại.</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <source>Making and printing the register is a manager&apos;s task. Your exports show names, phone and ID numbers masked.</source>
        <translation>Lập và in sổ theo dõi khiếu nại là việc của quản lý. Bản xuất của bạn hiển thị họ tên, số điện thoại và số giấy tờ đã được che bớt.</translation>
    </message>
    <message>
        <source>Returns for head office...</source>
        <translation>Báo cáo gửi hội sở...</translation>
    </message>
    <message>
        <source>Reading complaints: %v of %m</source>
        <translation>Đang đọc khiếu nại: %v/%m</translation>
    </message>
    <message>
        <source>Checking the register against its audit trail</source>
        <translation>Đang đối chiếu sổ theo dõi với nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Laying out page %1</source>
        <translation>Đang dàn trang %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Register ready: %1 complaints on %2 pages.</source>
        <translation>Đã lập xong sổ: %1 khiếu nại trên %2 trang.</translation>
    </message>
    <message>
        <source>The register could not be made: %1</source>
        <translation>Không lập được sổ: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Đã dừng, chưa lưu gì.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>Đã gửi %1 trang tới máy in.</translation>
    </message>
    <message>
        <source>Printed to %1: the register&apos;s own PDF, which verify-register can check.</source>
        <translation>Đã in ra %1: tệp PDF gốc của sổ theo dõi khiếu nại, có thể kiểm tra bằng lệnh verify-register.</translation>
    </message>
    <message>
        <source>Printed %1 pages to %2. Only the whole register can be checked with verify-register.</source>
        <translation>Đã in %1 trang ra %2. Chỉ có thể kiểm tra toàn bộ sổ bằng lệnh verify-register.</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>Lưu sổ theo dõi khiếu nại</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the month</source>
        <translation>Xuất khiếu nại của tháng</translation>
    </message>
    <message>
        <source>Returns for head office</source>
        <translation>Báo cáo gửi hội sở</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Đang xuất...</translation>
    </message>
    <message>
        <source>Returns written to %1</source>
        <translation>Đã ghi báo cáo vào %1</translation>
    </message>
    <message>
        <source>Exported %1 complaints to %2</source>
        <translation>Đã xuất %1 khiếu nại vào %2</translation>
    </message>
</context>
<context>
    <name>RungPanel</name>
    <message>
        <source>You can say:</source>
        <translation>Bạn có thể nói:</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Customer still upset: change %1 of 3</source>
        <translation>Khách hàng vẫn bức xúc: cách thứ %1/3</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Vì sao: %1</translation>
    </message>
    <message>
        <source>Who takes over:</source>
        <translation>Người tiếp khách thay:</translation>
    </message>
    <message>
        <source>Where you moved to:</source>
        <translation>Chuyển đến đâu:</translation>
    </message>
    <message>
        <source>When, and with which senior manager:</source>
        <translation>Khi nào, gặp quản lý cấp trên nào:</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>What happened (optional, can be written later)</source>
        <translation>Chuyện gì đã xảy ra (không bắt buộc, có thể ghi sau)</translation>
    </message>
    <message>
        <source>Police %1 · Ambulance %2 · Fire %3</source>
        <translation>Công an %1 · Cấp cứu %2 · Cứu hỏa %3</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <source>Branch server</source>
        <translation>Máy chủ chi nhánh</translation>
    </message>
    <message>
        <source>Several counter PCs share one register when it is kept on a PostgreSQL server on the branch network.</source>
        <translation>Khi sổ theo dõi khiếu nại được đặt trên một máy chủ PostgreSQL trong mạng của chi nhánh, nhiều máy tại quầy có thể dùng chung một sổ.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Dùng máy chủ này</translation>
    </message>
    <message>
        <source>Use this PC only</source>
        <translation>Chỉ dùng máy này</translation>
    </message>
    <message>
        <source>Move this PC&apos;s register to this server...</source>
        <translation>Chuyển sổ của máy này lên máy chủ này...</translation>
    </message>
    <message>
        <source>Now working on: the branch server %1, database %2.</source>
        <translation>Đang làm việc trên: máy chủ chi nhánh %1, cơ sở dữ liệu %2.</translation>
    </message>
    <message>
        <source>Now working on: this PC&apos;s own register file.</source>
        <translation>Đang làm việc trên: tệp sổ theo dõi khiếu nại riêng của máy này.</translation>
    </message>
    <message>
        <source>No credential store on this PC: the password is kept in settings.ini in the data folder. On a shared counter PC, protect the Windows account with a password of its own.</source>
        <translation>Máy này không có kho thông tin xác thực: mật khẩu được lưu trong settings.ini ở thư mục dữ liệu. Nếu máy tại quầy dùng chung, hãy đặt mật khẩu riêng cho tài khoản Windows để bảo vệ.</translation>
    </message>
    <message>
        <source>The password is still kept in settings.ini. Press Use this server to move it into this PC&apos;s credential store.</source>
        <translation>Mật khẩu vẫn đang được lưu trong settings.ini. Bấm Dùng máy chủ này để chuyển nó vào kho thông tin xác thực của máy này.</translation>
    </message>
    <message>
        <source>The password is kept in this PC&apos;s credential store (Windows Credential Manager on Windows), not in settings.ini.</source>
        <translation>Mật khẩu được lưu trong kho thông tin xác thực của máy này (trên Windows là Trình quản lý thông tin xác thực), không nằm trong settings.ini.</translation>
    </message>
    <message>
        <source>Testing the connection to %1 (this takes at most %2 seconds)...</source>
        <translation>Đang kiểm tra kết nối tới %1 (mất tối đa %2 giây)...</translation>
    </message>
    <message>
        <source>Saved. Close and start Complaint Book again to work on the branch server.</source>
        <translation>Đã lưu. Hãy đóng rồi mở lại Sổ Khiếu Nại để làm việc trên máy chủ chi nhánh.</translation>
    </message>
    <message>
        <source>Saved. Close and start Complaint Book again to work on this PC&apos;s own register file.</source>
        <translation>Đã lưu. Hãy đóng rồi mở lại Sổ Khiếu Nại để làm việc trên tệp sổ theo dõi khiếu nại riêng của máy này.</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation>ví dụ 192.168.1.10</translation>
    </message>
    <message>
        <source>Server PC</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>New password of the branch server</source>
        <translation>Mật khẩu mới của máy chủ chi nhánh</translation>
    </message>
    <message>
        <source>Type the password the branch server now has for user %1 on %2. It is tested before this PC keeps it.</source>
        <translation>Nhập mật khẩu hiện tại của máy chủ chi nhánh %2 cho người dùng %1. Mật khẩu được kiểm tra trước khi máy này lưu lại.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Test and keep</source>
        <translation>Kiểm tra và lưu</translation>
    </message>
    <message>
        <source>Type the new password.</source>
        <translation>Hãy nhập mật khẩu mới.</translation>
    </message>
    <message>
        <source>Testing the new password (this takes at most %1 seconds)...</source>
        <translation>Đang kiểm tra mật khẩu mới (mất tối đa %1 giây)...</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Branch settings</source>
        <translation>Cài đặt chi nhánh</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Chi nhánh</translation>
    </message>
    <message>
        <source>Starts every register number, e.g. BR01-202603-0001</source>
        <translation>Đứng đầu mọi số tiếp nhận, ví dụ BR01-202603-0001</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Tên chi nhánh</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>Mã chi nhánh</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Branch head</source>
        <translation>Giám đốc chi nhánh</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Deadline policy</source>
        <translation>Quy định thời hạn</translation>
    </message>
    <message>
        <source>Custom: working days</source>
        <translation>Tùy chỉnh: số ngày làm việc</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Bộ phân loại</translation>
    </message>
    <message>
        <source>Clerks may sign in with a 6-digit PIN</source>
        <translation>Nhân viên quầy được đăng nhập bằng mã PIN 6 số</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Khóa màn hình sau</translation>
    </message>
    <message>
        <source>Keep personal data (years)</source>
        <translation>Lưu dữ liệu cá nhân (năm)</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>Thay đổi...</translation>
    </message>
    <message>
        <source>Language of this PC</source>
        <translation>Ngôn ngữ trên máy này</translation>
    </message>
    <message>
        <source>Anonymise old personal data...</source>
        <translation>Ẩn danh hóa dữ liệu cá nhân cũ...</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <source>History of the settings...</source>
        <translation>Lịch sử cài đặt...</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Deactivate / reactivate selected</source>
        <translation>Ngừng / kích hoạt lại người đã chọn</translation>
    </message>
    <message>
        <source>Set sign-in of selected...</source>
        <translation>Đặt thông tin đăng nhập cho người đã chọn...</translation>
    </message>
    <message>
        <source>History of selected...</source>
        <translation>Lịch sử thay đổi của người đã chọn...</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Dữ liệu của bạn</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Khôi phục...</translation>
    </message>
    <message>
        <source>Second copy to folder...</source>
        <translation>Sao thêm một bản vào thư mục...</translation>
    </message>
    <message>
        <source>Change my sign-in...</source>
        <translation>Đổi thông tin đăng nhập của tôi...</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>ngừng hoạt động</translation>
    </message>
    <message>
        <source>This PC works on the branch server, so the register is backed up there with pg_dump (the README shows how). These buttons are for a register file on this PC only.</source>
        <translation>Máy này làm việc trên máy chủ chi nhánh nên sổ theo dõi khiếu nại được sao lưu tại máy chủ bằng pg_dump (xem hướng dẫn trong README). Các nút này chỉ dùng cho tệp sổ theo dõi khiếu nại trên máy này.</translation>
    </message>
    <message>
        <source>Data folder: %1
Newest backup: %2 (%3)</source>
        <translation>Thư mục dữ liệu: %1
Bản sao lưu mới nhất: %2 (%3)</translation>
    </message>
    <message>
        <source>Data folder: %1
No backup yet.</source>
        <translation>Thư mục dữ liệu: %1
Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Each backup is also copied to %1</source>
        <translation>Mỗi bản sao lưu cũng được chép vào %1</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Chọn bản sao lưu để khôi phục</translation>
    </message>
    <message>
        <source>Complaint Book backups (*.sqlite3)</source>
        <translation>Bản sao lưu Sổ Khiếu Nại (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Replace the register with the backup %1? Everyone signs in again afterwards; the register as it is now is backed up first.</source>
        <translation>Thay sổ hiện tại bằng bản sao lưu %1? Sau đó mọi người đăng nhập lại; sổ như hiện nay sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <source>Folder for a second copy of each backup (e.g. a USB stick)</source>
        <translation>Thư mục chứa bản sao thứ hai của mỗi lần sao lưu (ví dụ USB)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <source>Standard replies</source>
        <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
        <source>The categories are now those of: %1. Switch the standard replies to theirs too? Replies that do not fit are retired (kept, not deleted).</source>
        <translation>Danh mục phân loại giờ là của: %1. Chuyển luôn bộ câu trả lời mẫu sang bộ tương ứng? Các câu không còn phù hợp sẽ được ngừng dùng (vẫn lưu lại, không xóa).</translation>
    </message>
    <message>
        <source>Standard replies switched: %1 added, %2 retired.</source>
        <translation>Đã chuyển câu trả lời mẫu: thêm %1, ngừng dùng %2.</translation>
    </message>
    <message>
        <source>Safety exit numbers: police %1 · ambulance %2 · fire %3</source>
        <translation>Số gọi khi dừng khẩn cấp: công an %1 · cấp cứu %2 · cứu hỏa %3</translation>
    </message>
    <message>
        <source>(the country&apos;s)</source>
        <translation>(theo quốc gia)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Công an</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <translation>Cấp cứu</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Cứu hỏa</translation>
    </message>
    <message>
        <source>Police also on (optional)</source>
        <translation>Số công an khác (không bắt buộc)</translation>
    </message>
    <message>
        <source>Emergency numbers for the safety exit</source>
        <translation>Số khẩn cấp khi dừng khẩn cấp</translation>
    </message>
    <message>
        <source>The safety exit tells staff whom to call when a customer threatens or turns violent. The numbers follow the branch&apos;s country, in every language.</source>
        <translation>Khi dừng khẩn cấp, màn hình cho nhân viên biết gọi số nào nếu khách đe dọa hoặc có hành vi bạo lực. Các số này theo quốc gia của chi nhánh, ở mọi ngôn ngữ.</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 tháng</translation>
    </message>
    <message>
        <source>the country&apos;s default</source>
        <translation>mặc định của quốc gia</translation>
    </message>
    <message>
        <source>Name in %1</source>
        <translation>Tên bằng %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Months to refer a final response (0: none stated)</source>
        <translation>Số tháng để gửi khiếu nại sau câu trả lời cuối cùng (0: không nêu)</translation>
    </message>
    <message>
        <source>We let them consider a complaint referred after their time limits</source>
        <translation>Chúng tôi đồng ý để họ xem xét cả khiếu nại gửi sau thời hạn</translation>
    </message>
    <message>
        <source>Their leaflet goes with every final response</source>
        <translation>Gửi kèm tờ thông tin của họ với mọi thư trả lời cuối cùng</translation>
    </message>
    <message>
        <source>Where the letters send an unhappy customer</source>
        <translation>Nơi thư hướng dẫn khách hàng chưa hài lòng liên hệ</translation>
    </message>
    <message>
        <source>Every letter to a customer says whom they may turn to if they are unhappy with our answer: the ombudsman or the regulator&apos;s hotline of the branch&apos;s country. The name is printed in the language of the letter.</source>
        <translation>Mỗi thư gửi khách hàng đều nêu nơi khách hàng có thể liên hệ nếu không hài lòng với câu trả lời của chúng tôi: cơ quan giải quyết tranh chấp hoặc đường dây nóng của cơ quan quản lý tại quốc gia của chi nhánh. Tên được in theo ngôn ngữ của thư.</translation>
    </message>
    <message>
        <source>Country default</source>
        <translation>Mặc định của quốc gia</translation>
    </message>
    <message>
        <source>Staff member added.</source>
        <translation>Đã thêm nhân viên.</translation>
    </message>
    <message>
        <source>History of the branch settings</source>
        <translation>Lịch sử cài đặt chi nhánh</translation>
    </message>
    <message>
        <source>Select a staff member first.</source>
        <translation>Hãy chọn một nhân viên trước.</translation>
    </message>
    <message>
        <source>Only a manager may read the audit history.</source>
        <translation>Chỉ quản lý mới được xem lịch sử thay đổi.</translation>
    </message>
    <message>
        <source>Sets the public holidays, the currency, the deadline policy and the emergency numbers</source>
        <translation>Quyết định ngày nghỉ lễ, tiền tệ, quy định thời hạn và số khẩn cấp</translation>
    </message>
    <message>
        <source>Letters refer customers to: not set (no default is known for this country), so no letter can be printed.</source>
        <translation>Thư hướng dẫn khách hàng liên hệ: chưa thiết lập (chưa có giá trị mặc định cho quốc gia này), nên chưa in được thư.</translation>
    </message>
    <message>
        <source>Letters refer customers to: %1</source>
        <translation>Thư hướng dẫn khách hàng liên hệ: %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Lịch sử thay đổi của %1</translation>
    </message>
    <message>
        <source>No closed complaint is older than the retention period with personal data left.</source>
        <translation>Không có khiếu nại đã đóng nào quá thời hạn lưu trữ mà còn dữ liệu cá nhân.</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... và %1 khiếu nại khác</translation>
    </message>
    <message>
        <source>Anonymise personal data</source>
        <translation>Ẩn danh hóa dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Anonymised %1 complaint(s).</source>
        <translation>Đã ẩn danh hóa %1 khiếu nại.</translation>
    </message>
    <message>
        <source>Names, phone numbers, ID numbers and care notes of these %1 closed complaint(s) will be removed. Counts and statistics stay. This cannot be undone.</source>
        <translation>Họ tên, số điện thoại, số giấy tờ và ghi chú hỗ trợ của %1 khiếu nại đã đóng này sẽ bị xóa. Số lượng và thống kê vẫn được giữ. Không thể hoàn tác thao tác này.</translation>
    </message>
    <message>
        <source>Sign-in of %1</source>
        <translation>Thông tin đăng nhập của %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>New password (empty: keep)</source>
        <translation>Mật khẩu mới (để trống: giữ nguyên)</translation>
    </message>
    <message>
        <source>New 6-digit PIN (clerks; empty: keep)</source>
        <translation>Mã PIN 6 số mới (cho nhân viên quầy; để trống: giữ nguyên)</translation>
    </message>
    <message>
        <source>Also lift a lockout</source>
        <translation>Đồng thời mở khóa tài khoản</translation>
    </message>
    <message>
        <source>Passwords are stored only as Argon2id hashes; nobody can read them back.</source>
        <translation>Mật khẩu chỉ được lưu dưới dạng mã băm Argon2id; không ai có thể đọc lại được.</translation>
    </message>
    <message>
        <source>Sign-in saved.</source>
        <translation>Đã lưu thông tin đăng nhập.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Welcome: set up your branch</source>
        <translation>Chào mừng: hãy thiết lập chi nhánh của bạn</translation>
    </message>
    <message>
        <source>This takes a minute. You become the first manager and can add staff afterwards.</source>
        <translation>Chỉ mất một phút. Bạn sẽ là quản lý đầu tiên và có thể thêm nhân viên sau.</translation>
    </message>
    <message>
        <source>Clerks may sign in with a 6-digit PIN</source>
        <translation>Nhân viên quầy được đăng nhập bằng mã PIN 6 số</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Tên chi nhánh</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>Mã chi nhánh</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Kind of business</source>
        <translation>Loại hình kinh doanh</translation>
    </message>
    <message>
        <source>Deadline policy</source>
        <translation>Quy định thời hạn</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Họ tên của bạn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Set up and sign in</source>
        <translation>Thiết lập và đăng nhập</translation>
    </message>
    <message>
        <source>Currency %1; public holidays of %2;</source>
        <translation>Tiền tệ %1; ngày nghỉ lễ của %2;</translation>
    </message>
    <message>
        <source>categories and standard replies of: %1.</source>
        <translation>danh mục phân loại và câu trả lời mẫu của: %1.</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Hai mật khẩu không khớp; hãy nhập lại.</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Complaint Book</source>
        <translation>Sổ Khiếu Nại</translation>
    </message>
    <message>
        <source>password, or PIN if allowed</source>
        <translation>mật khẩu, hoặc mã PIN nếu được phép</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Mật khẩu hoặc mã PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Open a root-cause task...</source>
        <translation>Mở việc tìm nguyên nhân gốc rễ...</translation>
    </message>
    <message>
        <source>Possibly the same problem: %1</source>
        <translation>Có thể cùng một vấn đề: %1</translation>
    </message>
    <message>
        <source>No other complaint of the 30 days before it in its category or with its words.</source>
        <translation>Không có khiếu nại nào khác trong 30 ngày trước đó cùng loại hoặc có cùng từ ngữ.</translation>
    </message>
    <message>
        <source>Its scope is a group of customers (line).</source>
        <translation>Phạm vi: theo nhóm khách hàng.</translation>
    </message>
    <message>
        <source>Its scope is all customers (plane).</source>
        <translation>Phạm vi: diện rộng, mọi khách hàng.</translation>
    </message>
    <message>
        <source>%1 complaints alike within 7 days.</source>
        <translation>%1 khiếu nại tương tự trong 7 ngày.</translation>
    </message>
    <message>
        <source>%1 Open a root-cause task linking these complaints?</source>
        <translation>%1 Mở việc tìm nguyên nhân gốc rễ cho các khiếu nại này?</translation>
    </message>
    <message>
        <source>%1 A manager is asked to open a root-cause task.</source>
        <translation>%1 Quản lý cần mở việc tìm nguyên nhân gốc rễ.</translation>
    </message>
    <message>
        <source>Root-cause task #%1, opened by %2 on %3: %4 complaints linked.</source>
        <translation>Việc tìm nguyên nhân gốc rễ #%1, do %2 mở ngày %3: gắn %4 khiếu nại.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <source>The customer&apos;s slip was sent to the printer.</source>
        <translation>Đã gửi phiếu tiếp nhận của khách tới máy in.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>You can say:</source>
        <translation>Bạn có thể nói:</translation>
    </message>
    <message>
        <source>Standard replies for this kind of complaint (double-click to use):</source>
        <translation>Câu trả lời mẫu cho loại khiếu nại này (nhấp đúp để dùng):</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Vì sao: %1</translation>
    </message>
</context>
<context>
    <name>actor</name>
    <message>
        <source>command line</source>
        <translation>dòng lệnh</translation>
    </message>
    <message>
        <source>system</source>
        <translation>hệ thống</translation>
    </message>
    <message>
        <source>first start</source>
        <translation>thiết lập lần đầu</translation>
    </message>
    <message>
        <source>schema upgrade</source>
        <translation>nâng cấp ứng dụng</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>khởi động</translation>
    </message>
    <message>
        <source>automatic backup</source>
        <translation>sao lưu tự động</translation>
    </message>
    <message>
        <source>recovery of lost changes</source>
        <translation>khôi phục các thay đổi bị mất</translation>
    </message>
    <message>
        <source>damage recovery</source>
        <translation>khôi phục sau khi tệp bị hỏng</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>dữ liệu mẫu</translation>
    </message>
</context>
<context>
    <name>check_words</name>
    <message>
        <source>the register file is damaged</source>
        <translation>tệp sổ theo dõi bị hỏng</translation>
    </message>
    <message>
        <source>the audit trail was altered behind the app</source>
        <translation>nhật ký kiểm tra bị sửa ngoài ứng dụng</translation>
    </message>
    <message>
        <source>a record was added behind the app</source>
        <translation>một bản ghi bị thêm vào ngoài ứng dụng</translation>
    </message>
    <message>
        <source>a record was deleted behind the app</source>
        <translation>một bản ghi bị xoá ngoài ứng dụng</translation>
    </message>
    <message>
        <source>a record was changed behind the app</source>
        <translation>một bản ghi bị thay đổi ngoài ứng dụng</translation>
    </message>
    <message>
        <source>register numbers do not add up: complaints were removed behind the app</source>
        <translation>số tiếp nhận không liên tục: có khiếu nại bị xoá ngoài ứng dụng</translation>
    </message>
    <message>
        <source>a signing key was added behind the app</source>
        <translation>một khoá ký bị thêm vào ngoài ứng dụng</translation>
    </message>
    <message>
        <source>an audit entry&apos;s signature does not hold</source>
        <translation>chữ ký của một mục nhật ký không hợp lệ</translation>
    </message>
    <message>
        <source>an opinion-book sign-off&apos;s seal does not hold</source>
        <translation>dấu niêm phong của một lần ký xác nhận sổ góp ý không hợp lệ</translation>
    </message>
    <message>
        <source>a backup shows the register was changed since</source>
        <translation>một bản sao lưu cho thấy sổ đã bị thay đổi sau đó</translation>
    </message>
    <message>
        <source>an audit entry claims an upgrade no one sealed</source>
        <translation>một mục nhật ký tự nhận là do nâng cấp nhưng chưa quản lý nào niêm phong</translation>
    </message>
    <message>
        <source>a problem the command check describes</source>
        <translation>một vấn đề mà lệnh check mô tả</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>A scan must be a picture (PNG, JPEG...) or a PDF, not {suffix}.</source>
        <translation>Bản quét phải là ảnh (PNG, JPEG...) hoặc PDF, không nhận tệp {suffix}.</translation>
    </message>
    <message>
        <source>The scan is larger than 25 MB; scan at a lower resolution.</source>
        <translation>Bản quét lớn hơn 25 MB; hãy quét lại với độ phân giải thấp hơn.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Không đọc được {path}: {reason}</translation>
    </message>
    <message>
        <source>No staff member #{id}.</source>
        <translation>Không có nhân viên #{id}.</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>Mật khẩu phải có ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <source>A PIN is exactly six digits.</source>
        <translation>Mã PIN phải gồm đúng sáu chữ số.</translation>
    </message>
    <message>
        <source>Only a manager may set another person&apos;s sign-in.</source>
        <translation>Chỉ quản lý mới được đặt thông tin đăng nhập cho người khác.</translation>
    </message>
    <message>
        <source>A user name is 2-40 letters, digits, dots, dashes or underscores.</source>
        <translation>Tên đăng nhập gồm 2-40 ký tự: chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</translation>
    </message>
    <message>
        <source>That user name is already taken.</source>
        <translation>Tên đăng nhập này đã có người dùng.</translation>
    </message>
    <message>
        <source>PINs are allowed only for clerks, when a manager has switched them on.</source>
        <translation>Chỉ nhân viên quầy mới được dùng mã PIN, và chỉ khi quản lý đã bật tính năng này.</translation>
    </message>
    <message>
        <source>Only a manager may reset an account.</source>
        <translation>Chỉ quản lý mới được đặt lại tài khoản.</translation>
    </message>
    <message>
        <source>Too many wrong attempts: this account is locked for {minutes} more minute(s), or until a manager resets it.</source>
        <translation>Nhập sai quá nhiều lần: tài khoản bị khóa thêm {minutes} phút, hoặc cho đến khi quản lý đặt lại.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>This register already belongs to a branch; sign in as one of its managers.</source>
        <translation>Sổ này đã thuộc về một chi nhánh; hãy đăng nhập bằng tài khoản của một quản lý chi nhánh đó.</translation>
    </message>
    <message>
        <source>This register is on the branch server, so it is backed up there with pg_dump (the README shows how). Back up now and Restore work on a register file on this PC only.</source>
        <translation>Sổ theo dõi khiếu nại này nằm trên máy chủ chi nhánh nên được sao lưu tại máy chủ bằng pg_dump (xem hướng dẫn trong README). “Sao lưu ngay” và “Khôi phục” chỉ dùng được với tệp sổ theo dõi khiếu nại trên máy này.</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check: {detail}</source>
        <translation>Bản sao lưu không vượt qua bước kiểm tra toàn vẹn: {detail}</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>Không ghi được bản sao lưu vào {path}: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: the disk is full. Nothing was lost: the register is as it was, and no half backup was left behind. Free some space on that disk (old files, the recycle bin), or choose another disk, and back up again.</source>
        <translation>Không ghi được bản sao lưu vào {folder}: ổ đĩa đã đầy. Không mất gì cả: sổ theo dõi khiếu nại vẫn như trước và không để lại bản sao lưu dở dang nào. Hãy giải phóng bớt dung lượng trên ổ đĩa đó (tệp cũ, thùng rác) hoặc chọn ổ đĩa khác, rồi sao lưu lại.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: this PC may not write there (the folder or the disk is read-only). Nothing was lost; choose another folder, or ask for the right to write there.</source>
        <translation>Không ghi được bản sao lưu vào {folder}: máy này không được phép ghi vào đó (thư mục hoặc ổ đĩa chỉ đọc). Không mất gì cả; hãy chọn thư mục khác hoặc xin quyền ghi vào đó.</translation>
    </message>
    <message>
        <source>The backup was not made: the register is busy (another program is writing to it). Nothing was lost and no half backup was left behind; back up again in a moment.</source>
        <translation>Chưa tạo được bản sao lưu: sổ theo dõi khiếu nại đang bận (một chương trình khác đang ghi vào). Không mất gì cả và không để lại bản sao lưu dở dang nào; hãy sao lưu lại sau một lát.</translation>
    </message>
    <message>
        <source>Only a manager may copy the register to another place.</source>
        <translation>Chỉ quản lý mới được sao chép sổ sang nơi khác.</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>Không có tệp: {path}</translation>
    </message>
    <message>
        <source>{path} is not a usable Complaint Book database: {reason}</source>
        <translation>{path} không phải là cơ sở dữ liệu Sổ Khiếu Nại dùng được: {reason}</translation>
    </message>
    <message>
        <source>{path} is damaged: {reason}</source>
        <translation>{path} bị hỏng: {reason}</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Complaint Book.</source>
        <translation>{path} được ghi bởi phiên bản Sổ Khiếu Nại mới hơn.</translation>
    </message>
    <message>
        <source>Only a manager may change the branch settings.</source>
        <translation>Chỉ quản lý mới được thay đổi cài đặt chi nhánh.</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Hãy nhập một số nguyên từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>Branch code must be 1-16 letters or digits (it starts every register number).</source>
        <translation>Mã chi nhánh phải gồm 1-16 chữ cái hoặc chữ số (mã này đứng đầu mọi số tiếp nhận).</translation>
    </message>
    <message>
        <source>The branch needs a name.</source>
        <translation>Hãy nhập tên chi nhánh.</translation>
    </message>
    <message>
        <source>Currency is a three-letter code such as CNY, VND or GBP.</source>
        <translation>Tiền tệ là mã ba chữ cái, ví dụ CNY, VND hoặc GBP.</translation>
    </message>
    <message>
        <source>Unknown deadline policy {value}.</source>
        <translation>Không có quy định thời hạn {value}.</translation>
    </message>
    <message>
        <source>Unknown category preset {value}.</source>
        <translation>Không có bộ phân loại {value}.</translation>
    </message>
    <message>
        <source>{name} is a name Windows keeps for a device, so no folder can have it; choose another folder.</source>
        <translation>{name} là tên Windows dành cho thiết bị nên không thư mục nào được đặt tên này; hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Only a manager may add staff.</source>
        <translation>Chỉ quản lý mới được thêm nhân viên.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name.</source>
        <translation>Hãy nhập họ tên nhân viên.</translation>
    </message>
    <message>
        <source>Role must be clerk or manager.</source>
        <translation>Vai trò phải là clerk (nhân viên quầy) hoặc manager (quản lý).</translation>
    </message>
    <message>
        <source>Only a manager may change staff accounts.</source>
        <translation>Chỉ quản lý mới được thay đổi tài khoản nhân viên.</translation>
    </message>
    <message>
        <source>{name} is the branch&apos;s last active manager and cannot be switched off: add another manager first.</source>
        <translation>{name} là quản lý cuối cùng còn hoạt động của chi nhánh nên không thể tắt tài khoản: hãy thêm một quản lý khác trước.</translation>
    </message>
    <message>
        <source>Only a manager may change the emergency numbers.</source>
        <translation>Chỉ quản lý mới được thay đổi số khẩn cấp.</translation>
    </message>
    <message>
        <source>The checklist file has {count} problem(s):
{problems}</source>
        <translation>Tệp hướng dẫn xoa dịu có {count} lỗi:
{problems}</translation>
    </message>
    <message>
        <source>Write a one-line summary of the complaint.</source>
        <translation>Hãy viết một dòng tóm tắt khiếu nại.</translation>
    </message>
    <message>
        <source>Ask the customer what outcome they want, and write it down.</source>
        <translation>Hãy hỏi khách hàng mong muốn kết quả gì và ghi lại.</translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces and + - ( ) . /</source>
        <translation>Số điện thoại chỉ được chứa chữ số, dấu cách và + - ( ) . /</translation>
    </message>
    <message>
        <source>The received time is in the future; check the date and time.</source>
        <translation>Thời điểm tiếp nhận nằm ở tương lai; hãy kiểm tra lại ngày giờ.</translation>
    </message>
    <message>
        <source>The promised completion time is before the complaint was received.</source>
        <translation>Thời điểm hẹn hoàn thành sớm hơn thời điểm tiếp nhận khiếu nại.</translation>
    </message>
    <message>
        <source>Choose the channel.</source>
        <translation>Hãy chọn kênh.</translation>
    </message>
    <message>
        <source>Choose the scope.</source>
        <translation>Hãy chọn phạm vi.</translation>
    </message>
    <message>
        <source>Choose the severity.</source>
        <translation>Hãy chọn mức độ nghiêm trọng.</translation>
    </message>
    <message>
        <source>Unknown code {value}.</source>
        <translation>Không có mã {value}.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Hãy chọn loại.</translation>
    </message>
    <message>
        <source>Unknown category {value}.</source>
        <translation>Không có loại {value}.</translation>
    </message>
    <message>
        <source>Unknown cause {value}.</source>
        <translation>Không có nguyên nhân {value}.</translation>
    </message>
    <message>
        <source>The handler cannot be the staff member the complaint is about; choose someone else.</source>
        <translation>Người xử lý không được là nhân viên bị khiếu nại; hãy chọn người khác.</translation>
    </message>
    <message>
        <source>Register number {value} is not CODE-YYYYMM-NNNN.</source>
        <translation>Số tiếp nhận {value} không đúng dạng CODE-YYYYMM-NNNN (mã chi nhánh-năm tháng-số thứ tự).</translation>
    </message>
    <message>
        <source>Only a manager may assign a complaint to someone else; a complaint you record is yours to work on.</source>
        <translation>Chỉ quản lý mới được giao khiếu nại cho người khác; khiếu nại bạn ghi nhận do bạn xử lý.</translation>
    </message>
    <message>
        <source>No complaint #{id}.</source>
        <translation>Không có khiếu nại #{id}.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is assigned to someone else; only its handler or a manager may work on it.</source>
        <translation>Khiếu nại {register_no} đã được giao cho người khác; chỉ người xử lý hoặc quản lý mới được làm việc với khiếu nại này.</translation>
    </message>
    <message>
        <source>Complaint {register_no} was changed by {who} at {when}, after you opened it, so your change was not saved. What you entered is kept: look at their change, then save again.</source>
        <translation>Khiếu nại {register_no} đã được {who} sửa lúc {when}, sau khi bạn mở ra, nên thay đổi của bạn chưa được lưu. Nội dung bạn đã nhập vẫn được giữ lại: hãy xem thay đổi của người đó rồi lưu lại.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is about you, so you may read it but not act on it: another manager must handle it.</source>
        <translation>Khiếu nại {register_no} là về bạn: bạn được xem nhưng không được xử lý; một quản lý khác phải xử lý khiếu nại này.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is about you, so you may read it but not act on it: a manager must handle it.</source>
        <translation>Khiếu nại {register_no} là về bạn: bạn được xem nhưng không được xử lý; quản lý phải xử lý khiếu nại này.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is about you, so you may read it but not act on it. You are the branch&apos;s only manager: ask head office to handle it.</source>
        <translation>Khiếu nại {register_no} là về bạn: bạn được xem nhưng không được xử lý. Bạn là quản lý duy nhất của chi nhánh: hãy đề nghị cấp trên (hội sở) xử lý.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; reopen it before editing.</source>
        <translation>Khiếu nại {register_no} đang ở trạng thái “{status}”; hãy mở lại trước khi sửa.</translation>
    </message>
    <message>
        <source>The received date cannot move to another month: the register number belongs to its month. Void this entry with a reason and record it again.</source>
        <translation>Không thể chuyển ngày tiếp nhận sang tháng khác vì số tiếp nhận gắn với tháng tiếp nhận. Hãy hủy mục này kèm lý do rồi vào sổ lại.</translation>
    </message>
    <message>
        <source>Only a manager may change whom complaint {register_no} is about.</source>
        <translation>Chỉ quản lý mới được thay đổi người bị khiếu nại trong khiếu nại {register_no}.</translation>
    </message>
    <message>
        <source>Unsupported database address {url}: use sqlite:///PATH or postgresql://...</source>
        <translation>Không hỗ trợ địa chỉ cơ sở dữ liệu {url}: hãy dùng sqlite:///PATH hoặc postgresql://...</translation>
    </message>
    <message>
        <source>The connection to the branch server was lost, so nothing was saved. What you typed is still here: save again in a moment. If this keeps happening, check the network cable and that the branch server is switched on.</source>
        <translation>Mất kết nối tới máy chủ chi nhánh nên chưa lưu được gì. Nội dung bạn đã nhập vẫn còn đây: hãy lưu lại sau một lát. Nếu tình trạng này lặp lại, hãy kiểm tra cáp mạng và xem máy chủ chi nhánh đã bật chưa.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space (or ask for help), then save again: what you typed is still here.</source>
        <translation>Ổ đĩa đã đầy nên chưa lưu được gì. Hãy giải phóng bớt dung lượng (hoặc nhờ hỗ trợ) rồi lưu lại: nội dung bạn đã nhập vẫn còn đây.</translation>
    </message>
    <message>
        <source>The register is open read-only here, so nothing can be saved on this PC.</source>
        <translation>Sổ theo dõi khiếu nại đang mở ở chế độ chỉ đọc nên không lưu được gì trên máy này.</translation>
    </message>
    <message>
        <source>The register is busy: another program is writing to it. Nothing was saved; wait a moment and save again.</source>
        <translation>Sổ theo dõi khiếu nại đang bận: một chương trình khác đang ghi vào. Chưa lưu được gì; hãy chờ một lát rồi lưu lại.</translation>
    </message>
    <message>
        <source>The disk that holds the register reported an error, so nothing was saved; what you typed is still here. Check that the disk or USB drive is connected, then save again. If it happens again, ask for help before going on.</source>
        <translation>Ổ đĩa chứa sổ theo dõi khiếu nại báo lỗi nên chưa lưu được gì; nội dung bạn đã nhập vẫn còn đây. Hãy kiểm tra ổ đĩa hoặc ổ USB đã được cắm chắc chưa, rồi lưu lại. Nếu lỗi lặp lại, hãy nhờ hỗ trợ trước khi làm tiếp.</translation>
    </message>
    <message>
        <source>The register file is damaged, so nothing was saved; what you typed is still here. Close Complaint Book and start it again: the damaged file is moved aside untouched and the newest good backup is offered.</source>
        <translation>Tệp sổ theo dõi khiếu nại bị hỏng nên chưa lưu được gì; nội dung bạn đã nhập vẫn còn đây. Hãy đóng Sổ Khiếu Nại rồi mở lại: tệp bị hỏng sẽ được chuyển sang chỗ khác, giữ nguyên, và chương trình sẽ đề nghị khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <source>No public holiday calendar is known for country code {value}.</source>
        <translation>Không có lịch nghỉ lễ cho mã quốc gia {value}.</translation>
    </message>
    <message>
        <source>Only a manager may import a checklist.</source>
        <translation>Chỉ quản lý mới được nhập hướng dẫn xoa dịu.</translation>
    </message>
    <message>
        <source>No checklist run #{id}.</source>
        <translation>Không có phiên xoa dịu #{id}.</translation>
    </message>
    <message>
        <source>This checklist run has already ended.</source>
        <translation>Phiên xoa dịu này đã kết thúc.</translation>
    </message>
    <message>
        <source>Enter the date and time you promised.</source>
        <translation>Hãy nhập ngày giờ đã hẹn với khách.</translation>
    </message>
    <message>
        <source>The promised time is already in the past.</source>
        <translation>Thời điểm đã hẹn đã qua.</translation>
    </message>
    <message>
        <source>Write down the customer&apos;s answer, or skip the step.</source>
        <translation>Hãy ghi lại câu trả lời của khách hàng, hoặc bỏ qua bước này.</translation>
    </message>
    <message>
        <source>All three changes have been tried; book the appointment or use the safety exit.</source>
        <translation>Đã thử cả ba cách đổi người – đổi chỗ – đổi thời gian; hãy đặt lịch hẹn hoặc bấm dừng khẩn cấp.</translation>
    </message>
    <message>
        <source>Choose the colleague who takes over.</source>
        <translation>Hãy chọn đồng nghiệp tiếp khách thay.</translation>
    </message>
    <message>
        <source>Write where you moved to.</source>
        <translation>Hãy ghi nơi đã chuyển đến.</translation>
    </message>
    <message>
        <source>Choose the senior manager the customer will meet.</source>
        <translation>Hãy chọn quản lý cấp trên sẽ gặp khách hàng.</translation>
    </message>
    <message>
        <source>Choose a date and time in the future.</source>
        <translation>Hãy chọn ngày giờ trong tương lai.</translation>
    </message>
    <message>
        <source>A practice run is not attached to a complaint. Start the guide with F2 when a customer is really at the counter.</source>
        <translation>Phiên luyện tập không được gắn vào khiếu nại. Khi có khách thật tại quầy, hãy mở hướng dẫn bằng F2.</translation>
    </message>
    <message>
        <source>This run already belongs to another complaint.</source>
        <translation>Lượt này đã thuộc về một khiếu nại khác.</translation>
    </message>
    <message>
        <source>{column} is empty.</source>
        <translation>{column} đang trống.</translation>
    </message>
    <message>
        <source>{column} is {length:,} characters long; the limit is {limit:,}.</source>
        <translation>{column} dài {length:,} ký tự; giới hạn là {limit:,}.</translation>
    </message>
    <message>
        <source>{column}: {value} is unknown.</source>
        <translation>{column}: không nhận ra {value}.</translation>
    </message>
    <message>
        <source>{column}: {value} is not a date and time. Write it as 2026-03-25 14:30, or as Excel writes dates for this branch: {example}.</source>
        <translation>{column}: {value} không phải là ngày giờ. Hãy ghi theo dạng 2026-03-25 14:30, hoặc như Excel ghi ngày ở chi nhánh này: {example}.</translation>
    </message>
    <message>
        <source>{column}: {value} could be day/month or month/day. Dates here are written year first: write it as {example} or 2026-03-25 14:30.</source>
        <translation>{column}: {value} có thể là ngày/tháng hoặc tháng/ngày. Ở đây ngày được ghi năm trước: hãy ghi {example} hoặc 2026-03-25 14:30.</translation>
    </message>
    <message>
        <source>{column}: {value} has a two-digit year; write the year in full, as in {example}.</source>
        <translation>{column}: {value} chỉ có hai chữ số năm; hãy ghi đủ năm, ví dụ {example}.</translation>
    </message>
    <message>
        <source>{column}: {value} is a long number that Excel turned into scientific notation, and its last digits are lost. In Excel, format the column as Text (select the column, Format Cells, Text), type or paste the numbers again, and save the sheet as CSV again.</source>
        <translation>{column}: {value} là một số dài bị Excel chuyển sang dạng số mũ, các chữ số cuối đã mất. Trong Excel, hãy định dạng cột là Văn bản (chọn cột, Định dạng Ô, Văn bản), nhập hoặc dán lại các số, rồi lưu lại thành CSV.</translation>
    </message>
    <message>
        <source>{column}: {value} is not yes or no.</source>
        <translation>{column}: {value} không phải yes hoặc no.</translation>
    </message>
    <message>
        <source>{column}: {value} is unknown; use one of {allowed}.</source>
        <translation>{column}: không nhận ra {value}; hãy dùng một trong các giá trị {allowed}.</translation>
    </message>
    <message>
        <source>satisfaction must be 1 to 5.</source>
        <translation>satisfaction (mức độ hài lòng) phải từ 1 đến 5.</translation>
    </message>
    <message>
        <source>extension_level must be a number.</source>
        <translation>extension_level phải là một số.</translation>
    </message>
    <message>
        <source>Register number {value} belongs to branch {code}; this register is branch {own}&apos;s. Leave register_no empty to number the row here.</source>
        <translation>Số tiếp nhận {value} thuộc chi nhánh {code}; sổ theo dõi khiếu nại này là của chi nhánh {own}. Hãy để trống register_no để đánh số dòng này tại đây.</translation>
    </message>
    <message>
        <source>Register number {value} is not in the month it was received.</source>
        <translation>Số tiếp nhận {value} không thuộc tháng tiếp nhận khiếu nại.</translation>
    </message>
    <message>
        <source>Register number {value} is already in the register.</source>
        <translation>Số tiếp nhận {value} đã có trong sổ.</translation>
    </message>
    <message>
        <source>A closed complaint needs closed_at.</source>
        <translation>Khiếu nại đã đóng phải có closed_at (thời điểm đóng).</translation>
    </message>
    <message>
        <source>A void entry needs void_reason.</source>
        <translation>Mục đã hủy phải có void_reason (lý do hủy).</translation>
    </message>
    <message>
        <source>A resolved or closed complaint needs a resolution.</source>
        <translation>Khiếu nại đã giải quyết hoặc đã đóng phải có kết quả giải quyết.</translation>
    </message>
    <message>
        <source>Only a manager may import complaints.</source>
        <translation>Chỉ quản lý mới được nhập khiếu nại từ tệp.</translation>
    </message>
    <message>
        <source>{file} may be in {likely}: each reads it as different text and it holds too little to tell which is right, so nothing was imported rather than guessed. In Excel, save it again as &quot;CSV UTF-8 (Comma delimited)&quot; (File, Save As, Save as type) and import that file.</source>
        <translation>{file} có thể theo bảng mã {likely}: mỗi bảng mã đọc ra một nội dung khác nhau và tệp quá ngắn để biết bảng mã nào đúng, nên chưa nhập gì thay vì đoán. Trong Excel, hãy lưu lại tệp dưới dạng &quot;CSV UTF-8 (Comma delimited)&quot; (File, Save As, Save as type) rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>{file} is not text in an encoding Complaint Book reads ({accepted}), so nothing was imported. In Excel, save it again as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>{file} không phải là văn bản theo bảng mã mà Sổ Khiếu Nại đọc được ({accepted}) nên chưa nhập được gì. Trong Excel, hãy lưu lại tệp dưới dạng &quot;CSV UTF-8 (Comma delimited)&quot;.</translation>
    </message>
    <message>
        <source>{file} lacks the column(s) {missing}; the first line must name the columns as the README lists them.</source>
        <translation>{file} thiếu cột {missing}; dòng đầu tiên phải ghi tên các cột đúng như trong README.</translation>
    </message>
    <message>
        <source>{file}, line {line}: a field is far too long or not closed by its quote mark (no field of the register holds more than {limit:,} characters). Nothing was imported.</source>
        <translation>{file}, dòng {line}: có một trường quá dài hoặc thiếu dấu ngoặc kép đóng (không trường nào của sổ theo dõi khiếu nại chứa quá {limit:,} ký tự). Chưa nhập được gì.</translation>
    </message>
    <message>
        <source>The disk that holds the register is full, so nothing was imported: the register is as it was. Free some space on that disk (or ask for help), then import again.</source>
        <translation>Ổ đĩa chứa sổ theo dõi khiếu nại đã đầy nên chưa nhập được gì: sổ theo dõi khiếu nại vẫn như trước. Hãy giải phóng bớt dung lượng trên ổ đĩa đó (hoặc nhờ hỗ trợ) rồi nhập lại.</translation>
    </message>
    <message>
        <source>The register cannot be written on this PC (the file or its folder is read-only), so nothing was imported.</source>
        <translation>Máy này không ghi được vào sổ theo dõi khiếu nại (tệp hoặc thư mục chứa tệp chỉ đọc) nên chưa nhập được gì.</translation>
    </message>
    <message>
        <source>The register is busy: another program is writing to it. Nothing was imported; import again in a moment.</source>
        <translation>Sổ theo dõi khiếu nại đang bận: một chương trình khác đang ghi vào. Chưa nhập được gì; hãy nhập lại sau một lát.</translation>
    </message>
    <message>
        <source>The disk that holds the register reported an error, so nothing was imported. Check that the disk or USB drive is connected, then import again.</source>
        <translation>Ổ đĩa chứa sổ theo dõi khiếu nại báo lỗi nên chưa nhập được gì. Hãy kiểm tra ổ đĩa hoặc ổ USB đã được cắm chắc chưa, rồi nhập lại.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; only a newly received complaint is acknowledged.</source>
        <translation>Khiếu nại {register_no} đang ở trạng thái “{status}”; chỉ xác nhận đã tiếp nhận cho khiếu nại mới nhận.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; acknowledge it before investigating.</source>
        <translation>Khiếu nại {register_no} đang ở trạng thái “{status}”; hãy xác nhận đã tiếp nhận trước khi xác minh.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; only a complaint under investigation is resolved.</source>
        <translation>Khiếu nại {register_no} đang ở trạng thái “{status}”; chỉ khiếu nại đang xác minh, xử lý mới được giải quyết.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; this needs a resolved complaint.</source>
        <translation>Khiếu nại {register_no} đang ở trạng thái “{status}”; thao tác này chỉ dành cho khiếu nại đã giải quyết.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; only a resolved or closed complaint is reopened.</source>
        <translation>Khiếu nại {register_no} đang ở trạng thái “{status}”; chỉ mở lại được khiếu nại đã giải quyết hoặc đã đóng.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; this is possible only while it is open.</source>
        <translation>Khiếu nại {register_no} đang ở trạng thái “{status}”; chỉ làm được việc này khi khiếu nại chưa đóng.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Hãy nêu lý do.</translation>
    </message>
    <message>
        <source>{value} is not an amount of money.</source>
        <translation>{value} không phải số tiền hợp lệ.</translation>
    </message>
    <message>
        <source>Compensation must be zero or a positive amount.</source>
        <translation>Tiền bồi thường phải bằng 0 hoặc là số dương.</translation>
    </message>
    <message>
        <source>Choose whether the complaint was upheld.</source>
        <translation>Hãy chọn khiếu nại có cơ sở hay không.</translation>
    </message>
    <message>
        <source>Describe what was done for the customer.</source>
        <translation>Hãy mô tả những gì đã làm cho khách hàng.</translation>
    </message>
    <message>
        <source>Choose a cause from the list.</source>
        <translation>Hãy chọn một nguyên nhân trong danh sách.</translation>
    </message>
    <message>
        <source>Choose the cause of complaint {register_no} before resolving it: this branch&apos;s complaint figures are counted by cause.</source>
        <translation>Hãy chọn nguyên nhân của khiếu nại {register_no} trước khi giải quyết: số liệu khiếu nại của chi nhánh được thống kê theo nguyên nhân.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is {status}; only a resolved complaint&apos;s resolution is corrected. Reopen a closed complaint to change it.</source>
        <translation>Khiếu nại {register_no} đang ở trạng thái {status}; chỉ sửa kết quả của khiếu nại đã giải quyết. Muốn thay đổi hồ sơ đã đóng thì mở lại trước.</translation>
    </message>
    <message>
        <source>Choose how satisfied the customer said they were, from 1 to 5.</source>
        <translation>Hãy chọn mức độ hài lòng khách hàng cho biết, từ 1 đến 5.</translation>
    </message>
    <message>
        <source>A complaint can be closed only once it has a resolution.</source>
        <translation>Chỉ đóng được khiếu nại khi đã có kết quả giải quyết.</translation>
    </message>
    <message>
        <source>Record the root cause before closing: it is what the branch learns from.</source>
        <translation>Hãy ghi nguyên nhân gốc rễ trước khi đóng hồ sơ: đây là bài học để chi nhánh cải thiện.</translation>
    </message>
    <message>
        <source>The follow-up call has not been recorded. Record it, or have a manager waive it.</source>
        <translation>Chưa ghi nhận cuộc gọi lại. Hãy ghi nhận, hoặc đề nghị quản lý miễn gọi lại.</translation>
    </message>
    <message>
        <source>Only a manager may waive the follow-up call.</source>
        <translation>Chỉ quản lý mới được miễn gọi lại.</translation>
    </message>
    <message>
        <source>Only a manager may void a complaint.</source>
        <translation>Chỉ quản lý mới được hủy khiếu nại.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is already void.</source>
        <translation>Khiếu nại {register_no} đã bị hủy.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is closed: only a mistaken entry that is still open can be voided. Reopen it first if it really was a mistake.</source>
        <translation>Khiếu nại {register_no} đã đóng hồ sơ: chỉ hồ sơ ghi nhầm còn đang mở mới được hủy. Nếu đúng là ghi nhầm, hãy mở lại trước.</translation>
    </message>
    <message>
        <source>Only a manager may reopen a complaint.</source>
        <translation>Chỉ quản lý mới được mở lại khiếu nại.</translation>
    </message>
    <message>
        <source>The reply was due on {due}, so it is already late: more time can only be asked for before the due date. Reply to the customer as soon as you can; the register counts it as late.</source>
        <translation>Hạn trả lời là ngày {due}, nên khiếu nại này đã trễ hạn: chỉ được xin thêm thời gian trước hạn trả lời. Hãy trả lời khách hàng sớm nhất có thể; sổ theo dõi sẽ tính là trễ hạn.</translation>
    </message>
    <message>
        <source>More time has already been asked for; a manager must approve it first.</source>
        <translation>Đã có đề nghị gia hạn; quản lý cần duyệt đề nghị đó trước.</translation>
    </message>
    <message>
        <source>Only a manager may approve a deadline extension.</source>
        <translation>Chỉ quản lý mới được duyệt gia hạn.</translation>
    </message>
    <message>
        <source>Nobody has asked for more time on this complaint yet.</source>
        <translation>Chưa có ai xin gia hạn cho khiếu nại này.</translation>
    </message>
    <message>
        <source>You asked for this extension yourself; another manager must approve it.</source>
        <translation>Bạn tự đề nghị gia hạn này; cần một quản lý khác duyệt.</translation>
    </message>
    <message>
        <source>No further extension is allowed under this branch&apos;s deadline policy.</source>
        <translation>Theo quy định thời hạn của chi nhánh, không được gia hạn thêm.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Ghi chú đang trống.</translation>
    </message>
    <message>
        <source>Choose how the customer was contacted.</source>
        <translation>Hãy chọn cách đã liên hệ khách hàng.</translation>
    </message>
    <message>
        <source>Choose the result of the contact attempt.</source>
        <translation>Hãy chọn kết quả lần liên hệ.</translation>
    </message>
    <message>
        <source>Only a manager may assign or reassign a complaint.</source>
        <translation>Chỉ quản lý mới được phân công hoặc phân công lại khiếu nại.</translation>
    </message>
    <message>
        <source>Choose an active staff member as handler.</source>
        <translation>Hãy chọn một nhân viên đang hoạt động làm người xử lý.</translation>
    </message>
    <message>
        <source>The handler cannot be the staff member the complaint is about.</source>
        <translation>Người xử lý không được là nhân viên bị khiếu nại.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Complaint Book (schema {found}; this app knows up to {known}). Install the newer version to open it.</source>
        <translation>Cơ sở dữ liệu này được ghi bởi phiên bản Sổ Khiếu Nại mới hơn (cấu trúc {found}; ứng dụng này chỉ hỗ trợ đến {known}). Hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <source>The register needs an upgrade for this version of Complaint Book, and a copy of it is made first; the copy could not be made ({reason}). Nothing was changed. Free some space on the disk that holds the register (the copy is as big as the register) and start again.</source>
        <translation>Sổ theo dõi khiếu nại cần được nâng cấp cho phiên bản Sổ Khiếu Nại này, và trước đó phải tạo một bản sao; không tạo được bản sao ({reason}). Chưa có gì bị thay đổi. Hãy giải phóng bớt dung lượng trên ổ đĩa chứa sổ theo dõi khiếu nại (bản sao lớn bằng sổ theo dõi khiếu nại) rồi mở lại.</translation>
    </message>
    <message>
        <source>The disk filled up while the register was being upgraded, so the upgrade was undone and nothing was changed. Free some space on the disk that holds the register and start again.</source>
        <translation>Ổ đĩa bị đầy trong lúc nâng cấp sổ theo dõi khiếu nại, nên việc nâng cấp đã được hoàn tác và chưa có gì bị thay đổi. Hãy giải phóng bớt dung lượng trên ổ đĩa chứa sổ theo dõi khiếu nại rồi mở lại.</translation>
    </message>
    <message>
        <source>Choose where the entry comes from.</source>
        <translation>Hãy chọn nguồn của góp ý.</translation>
    </message>
    <message>
        <source>Choose the kind: praise, suggestion, question or complaint.</source>
        <translation>Hãy chọn loại: khen ngợi, đề xuất, câu hỏi hoặc khiếu nại.</translation>
    </message>
    <message>
        <source>Copy the customer&apos;s words into the text.</source>
        <translation>Hãy chép nguyên văn lời khách hàng vào ô nội dung.</translation>
    </message>
    <message>
        <source>The date written is in the future; check it.</source>
        <translation>Ngày viết nằm ở tương lai; hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>No suggestion box opening #{id}.</source>
        <translation>Không có lần mở hòm thư góp ý #{id}.</translation>
    </message>
    <message>
        <source>That box opening is already closed.</source>
        <translation>Lần mở hộp này đã kết thúc.</translation>
    </message>
    <message>
        <source>No opinion entry #{id}.</source>
        <translation>Không có góp ý #{id}.</translation>
    </message>
    <message>
        <source>Write the reply that was given.</source>
        <translation>Hãy ghi câu trả lời đã đưa ra.</translation>
    </message>
    <message>
        <source>Choose how the reply was given.</source>
        <translation>Hãy chọn cách đã trả lời.</translation>
    </message>
    <message>
        <source>This entry is already in the register as {register_no}.</source>
        <translation>Góp ý này đã vào sổ khiếu nại với số {register_no}.</translation>
    </message>
    <message>
        <source>An opening needs a witness; write their name.</source>
        <translation>Mở hộp phải có người chứng kiến; hãy ghi tên người đó.</translation>
    </message>
    <message>
        <source>The witness must be someone other than the person opening the box.</source>
        <translation>Người chứng kiến phải là người khác, không phải người mở hộp.</translation>
    </message>
    <message>
        <source>Count the slips found (0 or more).</source>
        <translation>Hãy đếm số phiếu trong hộp (0 trở lên).</translation>
    </message>
    <message>
        <source>{found} slips were counted but {entered} entered. Enter the missing slips, or explain the difference before closing.</source>
        <translation>Đếm được {found} phiếu nhưng mới nhập {entered} phiếu. Hãy nhập các phiếu còn thiếu, hoặc giải thích chênh lệch trước khi kết thúc.</translation>
    </message>
    <message>
        <source>Choose at least one weekday for opening the box.</source>
        <translation>Hãy chọn ít nhất một ngày trong tuần để mở hộp.</translation>
    </message>
    <message>
        <source>Only the branch head or a manager may sign the daily reading.</source>
        <translation>Chỉ giám đốc chi nhánh hoặc quản lý mới được ký xác nhận đọc sổ hằng ngày.</translation>
    </message>
    <message>
        <source>A day in the future cannot be signed.</source>
        <translation>Không thể ký cho một ngày trong tương lai.</translation>
    </message>
    <message>
        <source>Write the reply&apos;s title and text.</source>
        <translation>Hãy nhập tình huống và nội dung câu trả lời.</translation>
    </message>
    <message>
        <source>Only a manager may change the standard replies.</source>
        <translation>Chỉ quản lý mới được sửa câu trả lời mẫu.</translation>
    </message>
    <message>
        <source>No standard reply #{id}.</source>
        <translation>Không có câu trả lời mẫu #{id}.</translation>
    </message>
    <message>
        <source>{path} has a broken audit trail at {where}; it was not restored.</source>
        <translation>{path} có lịch sử thay đổi bị đứt tại {where}; chưa khôi phục tệp này.</translation>
    </message>
    <message>
        <source>The backup was not restored: the disk that holds the register is full, and a copy of the backup is checked there first. Nothing was changed. Free as much space as the backup takes, then restore again.</source>
        <translation>Chưa khôi phục bản sao lưu: ổ đĩa chứa sổ theo dõi khiếu nại đã đầy, mà bản sao lưu phải được chép vào đó để kiểm tra trước. Chưa có gì bị thay đổi. Hãy giải phóng dung lượng bằng kích thước bản sao lưu rồi khôi phục lại.</translation>
    </message>
    <message>
        <source>The backup was not restored: it could not be copied to {folder} to be checked ({reason}). Nothing was changed.</source>
        <translation>Chưa khôi phục bản sao lưu: không chép được vào {folder} để kiểm tra ({reason}). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Only a manager may restore a backup.</source>
        <translation>Chỉ quản lý mới được khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup was not restored: the register file {file} could not be replaced ({reason}). Close every other program that may have it open (another Complaint Book, a backup or sync tool) and restore again.</source>
        <translation>Chưa khôi phục bản sao lưu: không thay được tệp sổ theo dõi khiếu nại {file} ({reason}). Hãy đóng mọi chương trình khác có thể đang mở tệp (một Sổ Khiếu Nại khác, công cụ sao lưu hoặc đồng bộ) rồi khôi phục lại.</translation>
    </message>
    <message>
        <source>The backup was not restored: the register as it is now is backed up first, and that backup could not be made. {reason}</source>
        <translation>Chưa khôi phục bản sao lưu: sổ theo dõi khiếu nại hiện tại phải được sao lưu trước, và không tạo được bản sao lưu đó. {reason}</translation>
    </message>
    <message>
        <source>The register file {file} is still there; it was not replaced. Restore a backup from Settings or with the restore command, which keep a copy of it first.</source>
        <translation>Tệp sổ theo dõi khiếu nại {file} vẫn còn đó; chưa thay thế nó. Hãy khôi phục bản sao lưu trong Cài đặt hoặc bằng lệnh restore, là những cách giữ lại một bản sao của tệp trước.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>Không tìm thấy bản sao lưu nào còn dùng được.</translation>
    </message>
    <message>
        <source>Restoring a backup works for a database file only.</source>
        <translation>Chỉ khôi phục được bản sao lưu khi dùng tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>{path} was not restored: it does not match its own audit trail ({problem}). Someone may have changed it behind the app; keep it for inspection.</source>
        <translation>Chưa khôi phục {path}: tệp không khớp với lịch sử thay đổi của chính nó ({problem}). Có thể ai đó đã sửa tệp ngoài ứng dụng; hãy giữ lại tệp để kiểm tra.</translation>
    </message>
    <message>
        <source>Only a manager may anonymise personal data.</source>
        <translation>Chỉ quản lý mới được ẩn danh hóa dữ liệu cá nhân.</translation>
    </message>
    <message>
        <source>The register file {file} is damaged ({detail}).</source>
        <translation>Tệp sổ theo dõi khiếu nại {file} bị hỏng ({detail}).</translation>
    </message>
    <message>
        <source>The register file {file} is empty (0 bytes).</source>
        <translation>Tệp sổ theo dõi khiếu nại {file} trống (0 byte).</translation>
    </message>
    <message>
        <source>The register file {file} is cut short: it holds {size} bytes of its {expected}.</source>
        <translation>Tệp sổ theo dõi khiếu nại {file} bị cắt cụt: chỉ còn {size} byte trên tổng số {expected}.</translation>
    </message>
    <message>
        <source>The register file {file} is cut short ({size} bytes): its end is missing.</source>
        <translation>Tệp sổ theo dõi khiếu nại {file} bị cắt cụt ({size} byte): thiếu phần cuối.</translation>
    </message>
    <message>
        <source>The register file {file} is not a database: its first bytes are not SQLite&apos;s.</source>
        <translation>Tệp sổ theo dõi khiếu nại {file} không phải là cơ sở dữ liệu: các byte đầu tiên không phải của SQLite.</translation>
    </message>
    <message>
        <source>The register file {file} is a database of some other program, not a complaint register.</source>
        <translation>Tệp sổ {file} là cơ sở dữ liệu của một chương trình khác, không phải sổ theo dõi khiếu nại.</translation>
    </message>
    <message>
        <source>The register file {file} is not there, though this folder has held a register (its backups or a copy moved aside are still here). A new, empty register is not started in its place.</source>
        <translation>Không có tệp sổ theo dõi khiếu nại {file}, dù thư mục này đã từng chứa một sổ theo dõi khiếu nại (các bản sao lưu hoặc tệp đã chuyển sang chỗ khác vẫn còn ở đây). Chương trình không tự bắt đầu một sổ theo dõi khiếu nại mới, trống thay vào đó.</translation>
    </message>
    <message>
        <source>The register file {file} has lost its newest changes: this PC last saw {seen} entries in its audit trail, the newest made at {seen_at}, but the file holds {found}, the newest made at {found_at}. Those changes are not in it (the file was put back from an older copy, or its journal was lost in a crash).</source>
        <translation>Tệp sổ theo dõi khiếu nại {file} đã mất các thay đổi mới nhất: lần cuối máy này thấy {seen} mục trong lịch sử thay đổi, mục mới nhất lúc {seen_at}, nhưng tệp chỉ có {found} mục, mục mới nhất lúc {found_at}. Các thay đổi đó không có trong tệp (tệp đã bị thay bằng một bản cũ hơn, hoặc tệp nhật ký của nó bị mất khi máy gặp sự cố).</translation>
    </message>
    <message>
        <source>The disk that holds the register ({where}) is full, so the register cannot be opened for work. Nothing in it was changed. Free some space on that disk (or ask for help), then start again.</source>
        <translation>Ổ đĩa chứa sổ theo dõi khiếu nại ({where}) đã đầy nên không mở được sổ để làm việc. Trong sổ chưa có gì bị thay đổi. Hãy giải phóng bớt dung lượng trên ổ đĩa đó (hoặc nhờ hỗ trợ) rồi mở lại.</translation>
    </message>
    <message>
        <source>The register at {where} is locked by another program (a backup or sync tool, or another copy of Complaint Book). Close it, wait a moment and start again.</source>
        <translation>Sổ theo dõi khiếu nại tại {where} đang bị một chương trình khác khóa (công cụ sao lưu hoặc đồng bộ, hoặc một Sổ Khiếu Nại khác). Hãy đóng chương trình đó, chờ một lát rồi mở lại.</translation>
    </message>
    <message>
        <source>The branch server {where} refused user name {user} with the password this PC keeps. If the server&apos;s password was changed, type the new one here; else check the user name and database name in Settings.</source>
        <translation>Máy chủ chi nhánh {where} từ chối tên đăng nhập {user} với mật khẩu máy này đang lưu. Nếu mật khẩu của máy chủ đã được đổi, hãy nhập mật khẩu mới tại đây; nếu không, hãy kiểm tra tên đăng nhập và tên cơ sở dữ liệu trong Cài đặt.</translation>
    </message>
    <message>
        <source>The disk that holds the register ({where}) reported an error when the register was opened. Nothing in it was changed. Check that the disk or USB drive is connected and start again; if it happens again, ask for help before going on.</source>
        <translation>Ổ đĩa chứa sổ theo dõi khiếu nại ({where}) báo lỗi khi mở sổ. Trong sổ chưa có gì bị thay đổi. Hãy kiểm tra ổ đĩa hoặc ổ USB đã được cắm chắc chưa rồi mở lại; nếu lỗi lặp lại, hãy nhờ hỗ trợ trước khi làm tiếp.</translation>
    </message>
    <message>
        <source>There is no register in {folder}: nothing was read and nothing was made. Start Complaint Book to set one up (or run {command} setup), or name the register with --db.</source>
        <translation>Không có sổ theo dõi khiếu nại nào trong {folder}: chưa đọc gì và chưa tạo gì. Hãy mở Sổ Khiếu Nại để thiết lập sổ (hoặc chạy {command} setup), hoặc chỉ ra sổ theo dõi khiếu nại bằng --db.</translation>
    </message>
    <message>
        <source>No register can be made in {where}: this PC may not write in that folder. Choose a folder you may write to, or ask for the right to.</source>
        <translation>Không thể tạo sổ theo dõi khiếu nại trong {where}: máy này không được phép ghi vào thư mục đó. Hãy chọn thư mục bạn được phép ghi, hoặc xin quyền ghi.</translation>
    </message>
    <message>
        <source>Cannot reach the branch server at {where}. Check the network cable and that the server is switched on, then start Complaint Book again.</source>
        <translation>Không kết nối được tới máy chủ chi nhánh tại {where}. Hãy kiểm tra cáp mạng và xem máy chủ đã bật chưa, rồi mở lại Sổ Khiếu Nại.</translation>
    </message>
    <message>
        <source>The damaged register file {file} could not be moved aside ({reason}). Close every program that may have it open (another Complaint Book, a backup or sync tool) and start again; nothing was written to it.</source>
        <translation>Không chuyển được tệp sổ theo dõi khiếu nại bị hỏng {file} sang chỗ khác ({reason}). Hãy đóng mọi chương trình có thể đang mở tệp (một Sổ Khiếu Nại khác, công cụ sao lưu hoặc đồng bộ) rồi mở lại; chưa có gì được ghi vào tệp.</translation>
    </message>
    <message>
        <source>Cannot open the database at {where}: {reason}</source>
        <translation>Không mở được cơ sở dữ liệu tại {where}: {reason}</translation>
    </message>
    <message>
        <source>This text is {length:,} characters long; the limit is {limit:,}. Shorten it and save again.</source>
        <translation>Nội dung này dài {length:,} ký tự; giới hạn là {limit:,}. Hãy rút gọn rồi lưu lại.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Hãy đăng nhập trước.</translation>
    </message>
    <message>
        <source>Only a manager may choose where this PC keeps the register.</source>
        <translation>Chỉ quản lý mới được chọn nơi lưu sổ theo dõi khiếu nại của máy này.</translation>
    </message>
    <message>
        <source>Type the name or address of the branch server.</source>
        <translation>Hãy nhập tên hoặc địa chỉ của máy chủ chi nhánh.</translation>
    </message>
    <message>
        <source>Type the name of the database.</source>
        <translation>Hãy nhập tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Type the user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Cổng phải là một số từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>Could not reach the branch server {where}: nothing answered on port {port}. Check that PostgreSQL is running on that PC, that the port is right, and that its firewall lets port {port} in.</source>
        <translation>Không kết nối được tới máy chủ chi nhánh {where}: cổng {port} không có phản hồi. Hãy kiểm tra PostgreSQL có đang chạy trên máy đó không, số cổng có đúng không, và tường lửa của máy đó có cho phép cổng {port} không.</translation>
    </message>
    <message>
        <source>Could not reach the branch server {where}: no answer within {seconds} seconds. Check the name or address, that the PC is switched on and on the network, and its firewall.</source>
        <translation>Không kết nối được tới máy chủ chi nhánh {where}: không có phản hồi trong {seconds} giây. Hãy kiểm tra tên hoặc địa chỉ, xem máy đó đã bật và đã nối mạng chưa, và kiểm tra tường lửa của máy đó.</translation>
    </message>
    <message>
        <source>Could not reach the branch server {where}: this PC has no way to it on the network. Check the network cable and the address.</source>
        <translation>Không kết nối được tới máy chủ chi nhánh {where}: máy này không có đường mạng tới máy chủ đó. Hãy kiểm tra cáp mạng và địa chỉ.</translation>
    </message>
    <message>
        <source>No PC called {host} was found on the network. Check the name, or type its IP address (such as 192.168.1.10).</source>
        <translation>Không tìm thấy máy nào tên {host} trên mạng. Hãy kiểm tra lại tên, hoặc nhập địa chỉ IP của máy đó (ví dụ 192.168.1.10).</translation>
    </message>
    <message>
        <source>The branch server {where} refused user name {user} with this password. Check the password, and look for a wrong user or database name (a typo in either is refused the same way).</source>
        <translation>Máy chủ chi nhánh {where} từ chối tên đăng nhập {user} với mật khẩu này. Hãy kiểm tra mật khẩu, và xem tên đăng nhập hoặc tên cơ sở dữ liệu có bị sai không (gõ nhầm một trong hai cũng bị từ chối như vậy).</translation>
    </message>
    <message>
        <source>The branch server {where} does not let this PC in as user {user} to database {dbname}. Look first for a wrong user or database name; if both are right, allow the branch network in its pg_hba.conf (the README shows how).</source>
        <translation>Máy chủ chi nhánh {where} không cho máy này vào cơ sở dữ liệu {dbname} với người dùng {user}. Trước hết hãy xem tên đăng nhập hoặc tên cơ sở dữ liệu có bị sai không; nếu cả hai đều đúng, hãy cho phép mạng chi nhánh trong tệp pg_hba.conf của máy chủ (README có hướng dẫn).</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is not there yet; whoever holds the password of the owner role {owner} creates it (user {user} may not): {command}</source>
        <translation>Đã kết nối máy chủ {where} (PostgreSQL {version}). Trên máy chủ chưa có sổ; người giữ mật khẩu chủ sở hữu {owner} sẽ tạo sổ ({user} không được): {command}</translation>
    </message>
    <message>
        <source>The branch server {where} has no database called {dbname}. Check the name (the README shows how to create it).</source>
        <translation>Máy chủ chi nhánh {where} không có cơ sở dữ liệu nào tên {dbname}. Hãy kiểm tra lại tên (README có hướng dẫn cách tạo).</translation>
    </message>
    <message>
        <source>Could not use the branch server {where}: {detail}</source>
        <translation>Không dùng được máy chủ chi nhánh {where}: {detail}</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is not there yet: the first PC that uses this server creates it.</source>
        <translation>Đã kết nối được với máy chủ chi nhánh {where} (PostgreSQL {version}). Trên máy chủ chưa có sổ theo dõi khiếu nại: máy đầu tiên dùng máy chủ này sẽ tạo sổ.</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). Its register was written by a newer version of Complaint Book: update Complaint Book on this PC first.</source>
        <translation>Đã kết nối được với máy chủ chi nhánh {where} (PostgreSQL {version}). Sổ theo dõi khiếu nại trên máy chủ được ghi bởi phiên bản Sổ Khiếu Nại mới hơn: hãy cập nhật Sổ Khiếu Nại trên máy này trước.</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). Its register must first be upgraded to this version, by whoever holds the password of the owner role {owner} (user {user} may not): {command}</source>
        <translation>Đã kết nối máy chủ {where} (PostgreSQL {version}). Sổ trên máy chủ cần nâng cấp trước, do người giữ mật khẩu chủ sở hữu {owner} làm ({user} không được): {command}</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is already there: this PC will share it. But user {user} owns it, so anyone with its password could switch off the guards of its audit trail: give the register to an owner role (README: Upgrading an existing server).</source>
        <translation>Đã kết nối được với máy chủ chi nhánh {where} (PostgreSQL {version}). Trên máy chủ đã có sổ theo dõi khiếu nại: máy này sẽ dùng chung sổ đó. Nhưng người dùng {user} đang sở hữu sổ, nên ai có mật khẩu của người dùng này đều có thể tắt cơ chế bảo vệ lịch sử thay đổi: hãy giao sổ cho một vai trò chủ sở hữu (README: Upgrading an existing server).</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). Its register is there but empty: no branch is set up on it yet. Move a PC&apos;s register into it (Settings &gt; Move this PC&apos;s register to this server...), or set the branch up on it from the first PC that joins.</source>
        <translation>Đã kết nối máy chủ chi nhánh {where} (PostgreSQL {version}). Sổ theo dõi khiếu nại trên máy chủ đã có nhưng còn trống: chưa chi nhánh nào được thiết lập. Hãy chuyển sổ của một máy vào đó (Cài đặt &gt; Chuyển sổ của máy này lên máy chủ này...), hoặc thiết lập chi nhánh từ máy đầu tiên tham gia.</translation>
    </message>
    <message>
        <source>Reached the branch server {where} (PostgreSQL {version}). The register is already there: this PC will share it.</source>
        <translation>Đã kết nối được với máy chủ chi nhánh {where} (PostgreSQL {version}). Trên máy chủ đã có sổ theo dõi khiếu nại: máy này sẽ dùng chung sổ đó.</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>khiếu nại</translation>
    </message>
    <message>
        <source>timeline entries</source>
        <translation>dòng quá trình xử lý</translation>
    </message>
    <message>
        <source>audit events</source>
        <translation>mục lịch sử thay đổi</translation>
    </message>
    <message>
        <source>opinion book entries</source>
        <translation>mục sổ góp ý</translation>
    </message>
    <message>
        <source>box openings</source>
        <translation>lần mở hộp</translation>
    </message>
    <message>
        <source>sign-offs</source>
        <translation>lần ký xác nhận đọc</translation>
    </message>
    <message>
        <source>checklist runs</source>
        <translation>phiên xoa dịu</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>nhân viên</translation>
    </message>
    <message>
        <source>staff keys</source>
        <translation>khóa của nhân viên</translation>
    </message>
    <message>
        <source>The server register is not empty ({held}), so nothing was moved: a move never mixes two registers. Move into a new, empty database on the server.</source>
        <translation>Sổ trên máy chủ không trống ({held}), nên chưa chuyển gì: việc chuyển không bao giờ trộn hai sổ. Hãy chuyển vào một cơ sở dữ liệu mới, trống trên máy chủ.</translation>
    </message>
    <message>
        <source>Only a register on a PC can be moved to the server.</source>
        <translation>Chỉ sổ trên một máy tính mới chuyển lên máy chủ được.</translation>
    </message>
    <message>
        <source>{url} is not a branch server address (postgresql://...).</source>
        <translation>{url} không phải là địa chỉ máy chủ chi nhánh (postgresql://...).</translation>
    </message>
    <message>
        <source>Only a manager may move the register to the server.</source>
        <translation>Chỉ quản lý mới được chuyển sổ lên máy chủ.</translation>
    </message>
    <message>
        <source>Checking this PC&apos;s register...</source>
        <translation>Đang kiểm tra sổ của máy này...</translation>
    </message>
    <message>
        <source>Copying to the branch server...</source>
        <translation>Đang sao chép lên máy chủ chi nhánh...</translation>
    </message>
    <message>
        <source>Checking the server&apos;s register...</source>
        <translation>Đang kiểm tra sổ trên máy chủ...</translation>
    </message>
    <message>
        <source>Demo data goes into an empty register only: this one already holds staff or records. Use another data folder (COMPLAINTBOOK_HOME) or --db to try the demo.</source>
        <translation>Dữ liệu mẫu chỉ được nạp vào một sổ trống: sổ này đã có nhân viên hoặc hồ sơ. Hãy dùng thư mục dữ liệu khác (COMPLAINTBOOK_HOME) hoặc --db để thử bản mẫu.</translation>
    </message>
    <message>
        <source>Only a manager may export full names, phone and ID numbers; a clerk&apos;s export is masked.</source>
        <translation>Chỉ quản lý mới được xuất đầy đủ họ tên, số điện thoại và số giấy tờ; bản xuất của giao dịch viên được che bớt.</translation>
    </message>
    <message>
        <source>No password or PIN was given: type it when asked, or give it on standard input.</source>
        <translation>Chưa nhập mật khẩu hoặc mã PIN: hãy nhập khi được hỏi, hoặc đưa vào qua đầu vào chuẩn (standard input).</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Hai mật khẩu không khớp; hãy nhập lại.</translation>
    </message>
    <message>
        <source>Only a manager may print and sign the register.</source>
        <translation>Chỉ quản lý mới được in và ký sổ.</translation>
    </message>
    <message>
        <source>Your signing key could not be opened, so nothing can be recorded in your name: ask a manager to reset your password.</source>
        <translation>Không mở được khóa ký của bạn nên không thể ghi nhận việc gì dưới tên bạn: hãy đề nghị quản lý đặt lại mật khẩu.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is void, so no letter is sent about it.</source>
        <translation>Khiếu nại {register_no} đã hủy nên không gửi thư nào về khiếu nại này.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is no longer open, so a holding letter makes no sense: print the final response instead.</source>
        <translation>Khiếu nại {register_no} không còn đang xử lý nên không cần thư thông báo tiến độ: hãy in thư trả lời cuối cùng.</translation>
    </message>
    <message>
        <source>Complaint {register_no} is not resolved yet, so there is no final response to send: print a holding letter instead.</source>
        <translation>Khiếu nại {register_no} chưa được giải quyết nên chưa có câu trả lời cuối cùng để gửi: hãy in thư thông báo tiến độ.</translation>
    </message>
    <message>
        <source>Letters must tell the customer where to turn if they are unhappy, and no ombudsman or regulator is known for country {country}: a manager enters it in Settings first.</source>
        <translation>Thư phải cho khách hàng biết nơi liên hệ nếu chưa hài lòng, nhưng chưa có cơ quan giải quyết tranh chấp hay cơ quan quản lý nào cho quốc gia {country}: quản lý cần nhập trong phần Cài đặt trước.</translation>
    </message>
    <message>
        <source>A name may have at most {limit} characters.</source>
        <translation>Tên dài tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <source>Name the ombudsman or regulator the customer may turn to, in at least one language.</source>
        <translation>Hãy nhập tên cơ quan giải quyết tranh chấp hoặc cơ quan quản lý mà khách hàng có thể liên hệ, ít nhất bằng một ngôn ngữ.</translation>
    </message>
    <message>
        <source>Write the website as an address without spaces, such as www.example.org.</source>
        <translation>Hãy viết trang web thành một địa chỉ không có khoảng trắng, ví dụ www.example.org.</translation>
    </message>
    <message>
        <source>Give a phone number or a website, so the customer can reach them.</source>
        <translation>Hãy nhập số điện thoại hoặc trang web để khách hàng liên hệ được.</translation>
    </message>
    <message>
        <source>Only a manager may change where the letters send an unhappy customer.</source>
        <translation>Chỉ quản lý mới được thay đổi nơi thư hướng dẫn khách hàng chưa hài lòng liên hệ.</translation>
    </message>
    <message>
        <source>There is no letter called {value}.</source>
        <translation>Không có loại thư {value}.</translation>
    </message>
    <message>
        <source>There is no letter language {value}.</source>
        <translation>Không có ngôn ngữ thư {value}.</translation>
    </message>
    <message>
        <source>Say why the final response is not ready yet: the holding letter tells the customer.</source>
        <translation>Hãy nêu lý do chưa có câu trả lời cuối cùng: thư thông báo tiến độ sẽ cho khách hàng biết.</translation>
    </message>
    <message>
        <source>The date the final response is expected cannot be in the past.</source>
        <translation>Ngày dự kiến trả lời cuối cùng không được ở trong quá khứ.</translation>
    </message>
    <message>
        <source>Say what was decided and done: the final response gives the customer the reasons.</source>
        <translation>Hãy nêu kết luận và những việc đã làm: thư trả lời cuối cùng cho khách hàng biết lý do.</translation>
    </message>
    <message>
        <source>{value} is not a half-year like 2026-H1 or 2026-H2.</source>
        <translation>{value} không phải là nửa năm hợp lệ, ví dụ 2026-H1 hoặc 2026-H2.</translation>
    </message>
    <message>
        <source>This branch&apos;s categories carry no statistical codes. The bank categories (Settings) are coded by JR/T 0169-2018.</source>
        <translation>Các loại khiếu nại của chi nhánh chưa có mã thống kê. Bộ loại dành cho ngân hàng (trong Cài đặt) được mã hóa theo JR/T 0169-2018.</translation>
    </message>
    <message>
        <source>Only a manager may make the complaints returns for head office.</source>
        <translation>Chỉ quản lý mới được lập báo cáo khiếu nại gửi hội sở.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full. Nothing was left behind. Free some space on that disk, or choose another place, and try again.</source>
        <translation>Không ghi được {file}: ổ đĩa đã đầy. Không để lại tệp dở dang nào. Hãy giải phóng bớt dung lượng trên ổ đĩa đó hoặc chọn nơi khác, rồi thử lại.</translation>
    </message>
    <message>
        <source>{file} could not be written: this PC may not write there (the folder or disk is read-only, or the file is open in another program such as Excel). Close it or choose another place, and try again.</source>
        <translation>Không ghi được {file}: máy này không được phép ghi vào đó (thư mục hoặc ổ đĩa chỉ đọc, hoặc tệp đang mở trong một chương trình khác như Excel). Hãy đóng tệp hoặc chọn nơi khác, rồi thử lại.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first, or choose another place.</source>
        <translation>Thư mục {folder} không tồn tại: hãy tạo thư mục trước, hoặc chọn nơi khác.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>Không ghi được {file}: {reason}</translation>
    </message>
    <message>
        <source>The register cannot be kept on a network drive ({where}): the file is not safe there and saved complaints can be lost. Keep it on this PC&apos;s own disk. For several counter PCs to share one register, set up a branch server instead (README: Several counter PCs: the branch server).</source>
        <translation>Không thể để sổ theo dõi khiếu nại trên ổ đĩa mạng ({where}): ở đó tệp không an toàn và các khiếu nại đã lưu có thể bị mất. Hãy để sổ trên ổ đĩa của chính máy này. Muốn nhiều máy quầy dùng chung một sổ theo dõi khiếu nại, hãy thiết lập máy chủ chi nhánh (README: Several counter PCs: the branch server).</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file in it.</source>
        <translation>{path} là một thư mục; hãy ghi tên một tệp bên trong.</translation>
    </message>
    <message>
        <source>The file name {name} has characters Windows does not allow ({characters}); choose another name.</source>
        <translation>Tên tệp {name} có ký tự mà Windows không cho phép ({characters}); hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>{name} is a name Windows keeps for a device, so no file can have it; choose another name.</source>
        <translation>{name} là tên Windows dành cho thiết bị nên không tệp nào được đặt tên này; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The file name {name} ends with a dot or a space, which Windows does not allow; choose another name.</source>
        <translation>Tên tệp {name} kết thúc bằng dấu chấm hoặc khoảng trắng, điều mà Windows không cho phép; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The draft could not be written in {where} on this PC: {reason}</source>
        <translation>Không ghi được bản nháp vào {where} trên máy này: {reason}</translation>
    </message>
    <message>
        <source>Choose the branch&apos;s country from the list ({codes}); {value} is not one.</source>
        <translation>Chọn quốc gia của chi nhánh trong danh sách ({codes}); {value} không có trong đó.</translation>
    </message>
    <message>
        <source>An emergency number is written in digits, e.g. 110.</source>
        <translation>Số khẩn cấp phải viết bằng chữ số, ví dụ 113.</translation>
    </message>
    <message>
        <source>A void entry gets no slip: it is not a complaint.</source>
        <translation>Mục đã hủy không có phiếu tiếp nhận: đó không phải là khiếu nại.</translation>
    </message>
    <message>
        <source>Only a manager may open a root-cause task.</source>
        <translation>Chỉ quản lý mới được mở việc tìm nguyên nhân gốc rễ.</translation>
    </message>
    <message>
        <source>A root-cause task is already open for this complaint.</source>
        <translation>Khiếu nại này đã có việc tìm nguyên nhân gốc rễ đang mở.</translation>
    </message>
    <message>
        <source>Type the date as {format}, e.g. {example}.</source>
        <translation>Nhập ngày theo dạng {format}, ví dụ {example}.</translation>
    </message>
    <message>
        <source>The register does not match its own audit trail ({count} problem(s), the first: {first}). It cannot be printed and sealed until this is cleared up: run the command check, and ask the branch head to compare it with the last signed register and the backups.</source>
        <translation>Sổ theo dõi không khớp với nhật ký kiểm tra của chính nó ({count} vấn đề, vấn đề đầu tiên: {first}). Chưa thể in và niêm phong cho đến khi làm rõ: hãy chạy lệnh check và nhờ giám đốc chi nhánh đối chiếu với sổ đã ký gần nhất và các bản sao lưu.</translation>
    </message>
    <message>
        <source>The branch server has no register yet, and this PC&apos;s user {user} may not create one (on purpose: it may not change the register&apos;s tables). Whoever holds the password of the server&apos;s owner role {owner} creates it, on any PC with Complaint Book: {command}</source>
        <translation>Máy chủ chi nhánh chưa có sổ theo dõi khiếu nại, và người dùng {user} của máy này không được phép tạo sổ (cố ý như vậy: người dùng này không được thay đổi các bảng của sổ). Người giữ mật khẩu của vai trò chủ sở hữu {owner} trên máy chủ sẽ tạo sổ, trên bất kỳ máy nào có Sổ Khiếu Nại, bằng lệnh: {command}</translation>
    </message>
    <message>
        <source>The register on the branch server was made by an earlier version of Complaint Book (schema {found}; this version needs {known}) and must be upgraded first. This PC&apos;s user {user} may not do that (on purpose: it may not change the register&apos;s tables), so nothing was changed. Whoever holds the password of the server&apos;s owner role {owner} upgrades it, on any PC with this version: {command}</source>
        <translation>Sổ theo dõi khiếu nại trên máy chủ chi nhánh do phiên bản Sổ Khiếu Nại cũ hơn tạo ra (cấu trúc {found}; phiên bản này cần {known}) và phải được nâng cấp trước. Người dùng {user} của máy này không được phép làm việc đó (cố ý như vậy: người dùng này không được thay đổi các bảng của sổ), nên chưa có gì bị thay đổi. Người giữ mật khẩu của vai trò chủ sở hữu {owner} trên máy chủ sẽ nâng cấp sổ, trên bất kỳ máy nào có phiên bản này, bằng lệnh: {command}</translation>
    </message>
    <message>
        <source>Moving a register into the branch server replaces what the server register&apos;s creation wrote, with the audit trail&apos;s guards lifted for that moment: only the server&apos;s owner role {owner} may do that, not this PC&apos;s user {user}. Nothing was moved. On the server PC, whoever holds the owner&apos;s password sets PGPASSWORD to it and runs, signing in as a manager: {command} move-to-server postgresql://{owner}@localhost/{dbname} --user NAME</source>
        <translation>Chuyển một sổ theo dõi khiếu nại vào máy chủ chi nhánh sẽ thay thế những gì được ghi khi tạo sổ trên máy chủ, và tạm gỡ cơ chế bảo vệ lịch sử thay đổi trong lúc đó: chỉ vai trò chủ sở hữu {owner} của máy chủ được làm việc này, người dùng {user} của máy này thì không. Chưa có gì được chuyển. Trên máy chủ, người giữ mật khẩu của chủ sở hữu đặt PGPASSWORD bằng mật khẩu đó rồi chạy lệnh sau, đăng nhập bằng tài khoản quản lý: {command} move-to-server postgresql://{owner}@localhost/{dbname} --user NAME</translation>
    </message>
    <message>
        <source>The register on {where} is created (schema {schema}) and belongs to {owner}. The counter PCs&apos; user {app} may read it and add to it, but not change or remove its audit trail, nor change its tables.</source>
        <translation>Đã tạo sổ theo dõi khiếu nại trên {where} (cấu trúc {schema}), thuộc quyền sở hữu của {owner}. Người dùng {app} của các máy tại quầy được đọc và thêm vào sổ, nhưng không được sửa hay xóa lịch sử thay đổi, cũng không được thay đổi các bảng của sổ.</translation>
    </message>
    <message>
        <source>The register on {where} now belongs to {owner} (schema {schema}; it was {found}). The counter PCs&apos; user {app} no longer owns it: it may read it and add to it, but not change or remove its audit trail, nor change its tables.</source>
        <translation>Sổ theo dõi khiếu nại trên {where} nay thuộc quyền sở hữu của {owner} (cấu trúc {schema}; trước đây là {found}). Người dùng {app} của các máy tại quầy không còn sở hữu sổ: chỉ được đọc và thêm vào sổ, không được sửa hay xóa lịch sử thay đổi, cũng không được thay đổi các bảng của sổ.</translation>
    </message>
    <message>
        <source>The register on {where} is up to date (schema {schema}; it was {found}) and belongs to {owner}. The counter PCs&apos; user {app} may read it and add to it, but not change or remove its audit trail, nor change its tables.</source>
        <translation>Sổ theo dõi khiếu nại trên {where} đã được cập nhật (cấu trúc {schema}; trước đây là {found}) và thuộc quyền sở hữu của {owner}. Người dùng {app} của các máy tại quầy được đọc và thêm vào sổ, nhưng không được sửa hay xóa lịch sử thay đổi, cũng không được thay đổi các bảng của sổ.</translation>
    </message>
    <message>
        <source>This PC keeps its register in a file, not on a branch server. Give the server&apos;s address as the counter PCs use it: --db postgresql://USER@HOST/DATABASE</source>
        <translation>Máy này lưu sổ theo dõi khiếu nại trong một tệp, không phải trên máy chủ chi nhánh. Hãy nhập địa chỉ máy chủ như các máy tại quầy đang dùng: --db postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>The address {url} names no user: give the address the counter PCs use, with their user name (postgresql://USER@HOST/DATABASE).</source>
        <translation>Địa chỉ {url} không ghi tên người dùng: hãy nhập địa chỉ mà các máy tại quầy đang dùng, kèm tên người dùng của các máy đó (postgresql://USER@HOST/DATABASE).</translation>
    </message>
    <message>
        <source>The owner role must be another role than the counter PCs&apos; user {app}: the whole point is that the counter PCs do not own the register.</source>
        <translation>Vai trò chủ sở hữu phải khác với người dùng {app} của các máy tại quầy: mục đích chính là các máy tại quầy không sở hữu sổ theo dõi khiếu nại.</translation>
    </message>
    <message>
        <source>The owner role {owner} may not create or change the register&apos;s tables in database {dbname}. As the PostgreSQL administrator (psql as &quot;postgres&quot;), type:
    ALTER DATABASE &quot;{dbname}&quot; OWNER TO &quot;{owner}&quot;;
then run this command again. Nothing was changed.</source>
        <translation>Vai trò chủ sở hữu {owner} không được phép tạo hay thay đổi các bảng của sổ theo dõi khiếu nại trong cơ sở dữ liệu {dbname}. Với tư cách quản trị viên PostgreSQL (psql với tài khoản &quot;postgres&quot;), hãy gõ:
    ALTER DATABASE &quot;{dbname}&quot; OWNER TO &quot;{owner}&quot;;
rồi chạy lại lệnh này. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The register on {where} is set up, but the counter PCs&apos; user {app} may still change more than it should:
{problems}</source>
        <translation>Sổ theo dõi khiếu nại trên {where} đã được thiết lập, nhưng người dùng {app} của các máy tại quầy vẫn có thể thay đổi nhiều hơn mức được phép:
{problems}</translation>
    </message>
    <message>
        <source>The branch server has no user {app}: give the address the counter PCs use, with their user name.</source>
        <translation>Máy chủ chi nhánh không có người dùng {app}: hãy nhập địa chỉ mà các máy tại quầy đang dùng, kèm tên người dùng của các máy đó.</translation>
    </message>
    <message>
        <source>The register on this server belongs to the counter PCs&apos; user {app}, and the owner role {owner} may not take it over yet. As the PostgreSQL administrator (psql as &quot;postgres&quot;), type:
    GRANT &quot;{app}&quot; TO &quot;{owner}&quot;;
then run this command again. Nothing was changed.</source>
        <translation>Sổ theo dõi khiếu nại trên máy chủ này đang thuộc về người dùng {app} của các máy tại quầy, và vai trò chủ sở hữu {owner} chưa được phép tiếp quản. Với tư cách quản trị viên PostgreSQL (psql với tài khoản &quot;postgres&quot;), hãy gõ:
    GRANT &quot;{app}&quot; TO &quot;{owner}&quot;;
rồi chạy lại lệnh này. Chưa có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Standard replies</source>
        <comment>booklet_title</comment>
        <translation>Sổ tay câu trả lời mẫu</translation>
    </message>
    <message>
        <source>Agreed answers to the objections we meet most often, grouped by complaint category, the most frequent categories first. Use them as a starting point and speak in your own words.</source>
        <comment>booklet_intro</comment>
        <translation>Những câu trả lời đã thống nhất cho các thắc mắc, phàn nàn thường gặp nhất, xếp theo loại khiếu nại, loại thường gặp nhất đứng trước. Hãy dùng làm gợi ý và nói bằng lời của mình.</translation>
    </message>
    <message>
        <source>No standard replies have been written yet.</source>
        <comment>booklet_empty</comment>
        <translation>Chưa có câu trả lời mẫu nào.</translation>
    </message>
    <message>
        <source>{n} complaint(s) so far</source>
        <comment>complaints_count</comment>
        <translation>{n} khiếu nại đến nay</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <comment>printed_on</comment>
        <translation>In ngày {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <comment>page_x_of_y</comment>
        <translation>Trang {page}/{pages}</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <comment>register_title</comment>
        <translation>Sổ theo dõi khiếu nại</translation>
    </message>
    <message>
        <source>Month: {month}</source>
        <comment>month_label</comment>
        <translation>Tháng: {month}</translation>
    </message>
    <message>
        <source>Generated {at} by {who}</source>
        <comment>generated</comment>
        <translation>Người lập biểu: {who} – lập lúc {at}</translation>
    </message>
    <message>
        <source>Integrity: {count} records, SHA-256 {digest} · audit trail {events} entries, newest {head}</source>
        <comment>integrity</comment>
        <translation>Kiểm tra toàn vẹn: {count} bản ghi, SHA-256 {digest} · nhật ký kiểm tra {events} mục, mục mới nhất {head}</translation>
    </message>
    <message>
        <source>Register no.</source>
        <comment>col_no</comment>
        <translation>Số tiếp nhận</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>col_received</comment>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Customer · staff concerned · scope</source>
        <comment>col_customer</comment>
        <translation>Khách hàng · nhân viên bị khiếu nại · phạm vi</translation>
    </message>
    <message>
        <source>Category · cause</source>
        <comment>col_category</comment>
        <translation>Loại · nguyên nhân</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>col_summary</comment>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Handler</source>
        <comment>col_handler</comment>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>col_due</comment>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>yes</comment>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <comment>no</comment>
        <translation>không</translation>
    </message>
    <message>
        <source>VOID ({who}, {date}): {reason}</source>
        <comment>void_row</comment>
        <translation>ĐÃ HỦY ({who}, {date}): {reason}</translation>
    </message>
    <message>
        <source>No complaints were received in {month}.</source>
        <comment>empty_month</comment>
        <translation>Không có khiếu nại nào trong tháng {month}.</translation>
    </message>
    <message>
        <source>Statistics for {month}</source>
        <comment>stats_title</comment>
        <translation>Thống kê tháng {month}</translation>
    </message>
    <message>
        <source>Received {received} · resolved {resolved} · closed {closed} · still open {open} (carried into next month) · void {void}</source>
        <comment>totals</comment>
        <translation>Nhận {received} · đã giải quyết {resolved} · đã đóng {closed} · còn mở {open} (chuyển sang tháng sau) · hủy {void}</translation>
    </message>
    <message>
        <source>By category</source>
        <comment>by_category</comment>
        <translation>Theo loại</translation>
    </message>
    <message>
        <source>By channel</source>
        <comment>by_channel</comment>
        <translation>Theo kênh</translation>
    </message>
    <message>
        <source>By scope</source>
        <comment>by_scope</comment>
        <translation>Theo phạm vi</translation>
    </message>
    <message>
        <source>By severity</source>
        <comment>by_severity</comment>
        <translation>Theo mức độ</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>count</comment>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>share</comment>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <comment>cumulative</comment>
        <translation>Lũy kế</translation>
    </message>
    <message>
        <source>Handling</source>
        <comment>performance</comment>
        <translation>Kết quả xử lý</translation>
    </message>
    <message>
        <source>Resolved by the reply due date: {rate} ({on_time} of {counted}); late {late}, of which still open {late_open}</source>
        <comment>on_time_rate</comment>
        <translation>Giải quyết trước hạn trả lời: {rate} ({on_time}/{counted}); quá hạn {late}, trong đó còn chưa giải quyết xong {late_open}</translation>
    </message>
    <message>
        <source>Days to resolve: median {median}, 90th percentile {p90}</source>
        <comment>days_to_resolve</comment>
        <translation>Số ngày giải quyết: trung vị {median}, phân vị 90 {p90}</translation>
    </message>
    <message>
        <source>Upheld in full or in part: {rate} ({upheld} of {resolved} resolved)</source>
        <comment>upheld_rate</comment>
        <translation>Có cơ sở hoặc có cơ sở một phần: {rate} ({upheld}/{resolved} khiếu nại đã giải quyết)</translation>
    </message>
    <message>
        <source>Compensation paid: {amount} ({count} complaints)</source>
        <comment>compensation</comment>
        <translation>Tổng bồi thường: {amount} ({count} khiếu nại)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>none</comment>
        <translation>không có</translation>
    </message>
    <message>
        <source>Repeat complainants (two or more complaints in 12 months)</source>
        <comment>repeat</comment>
        <translation>Khách hàng khiếu nại nhiều lần (từ 2 lần trong 12 tháng)</translation>
    </message>
    <message>
        <source>{n} complaints</source>
        <comment>complaints_n</comment>
        <translation>{n} khiếu nại</translation>
    </message>
    <message>
        <source>Complaints received, last 12 months</source>
        <comment>trend</comment>
        <translation>Khiếu nại nhận được trong 12 tháng</translation>
    </message>
    <message>
        <source>Categories, commonest first (bars) and cumulative share (line)</source>
        <comment>pareto</comment>
        <translation>Số lượng theo loại (cột) và tỷ lệ lũy kế (đường)</translation>
    </message>
    <message>
        <source>At the counter and in the opinion book</source>
        <comment>counter</comment>
        <translation>Tại quầy và sổ góp ý</translation>
    </message>
    <message>
        <source>Guided de-escalation runs: {runs}; changed person {person}, place {place}, time {time}; safety exits {safety}</source>
        <comment>counter_runs</comment>
        <translation>Phiên xoa dịu: {runs}; đổi người {person}, đổi chỗ {place}, đổi thời gian {time}; dừng khẩn cấp {safety}</translation>
    </message>
    <message>
        <source>Opinion book and suggestion box: {total} entries (praise {praise}, suggestions {suggestion}, questions {question}, complaints {complaint}); {promoted} entered in this register; replies {rate}; days read {read} of {days}; box openings {openings}</source>
        <comment>book_numbers</comment>
        <translation>Sổ góp ý và hòm thư góp ý: {total} mục (khen {praise}, đề xuất {suggestion}, hỏi {question}, khiếu nại {complaint}); đã vào sổ này {promoted}; tỷ lệ trả lời {rate}; ngày đã đọc {read}/{days}; lần mở hòm thư {openings}</translation>
    </message>
    <message>
        <source>Not yet resolved, from earlier months</source>
        <comment>open_earlier</comment>
        <translation>Khiếu nại các tháng trước chưa giải quyết xong</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <comment>age_days</comment>
        <translation>Số ngày</translation>
    </message>
    <message>
        <source>None: every earlier complaint was resolved by the end of the month.</source>
        <comment>no_open_earlier</comment>
        <translation>Không có: mọi khiếu nại trước đó đã được giải quyết trước cuối tháng.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <comment>signoff</comment>
        <translation>Ký duyệt</translation>
    </message>
    <message>
        <source>Prepared by: {name}</source>
        <comment>prepared_by</comment>
        <translation>Người lập biểu: {name}</translation>
    </message>
    <message>
        <source>Reviewed by the branch head: {name}</source>
        <comment>reviewed_by</comment>
        <translation>Giám đốc chi nhánh duyệt: {name}</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>date_line</comment>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>signature_line</comment>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Acknowledgement of your complaint</source>
        <comment>letter_title_ack</comment>
        <translation>Thư xác nhận tiếp nhận khiếu nại</translation>
    </message>
    <message>
        <source>Your complaint: our final response is still to come</source>
        <comment>letter_title_holding</comment>
        <translation>Thư thông báo tiến độ giải quyết khiếu nại</translation>
    </message>
    <message>
        <source>Final response to your complaint</source>
        <comment>letter_title_final</comment>
        <translation>Thư trả lời cuối cùng về khiếu nại</translation>
    </message>
    <message>
        <source>Your complaint is resolved</source>
        <comment>letter_title_summary</comment>
        <translation>Thư xác nhận khiếu nại đã được giải quyết</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <comment>letter_dear</comment>
        <translation>Kính gửi Quý khách {name},</translation>
    </message>
    <message>
        <source>Dear customer,</source>
        <comment>letter_dear_customer</comment>
        <translation>Kính gửi Quý khách,</translation>
    </message>
    <message>
        <source>Date of this letter</source>
        <comment>letter_fact_date</comment>
        <translation>Ngày gửi thư</translation>
    </message>
    <message>
        <source>Register no.</source>
        <comment>letter_fact_register_no</comment>
        <translation>Số tiếp nhận</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>letter_fact_received</comment>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>About</source>
        <comment>letter_fact_about</comment>
        <translation>Loại khiếu nại</translation>
    </message>
    <message>
        <source>Reply due</source>
        <comment>letter_fact_reply_by</comment>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Final response expected by</source>
        <comment>letter_fact_expected</comment>
        <translation>Dự kiến trả lời cuối cùng</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>letter_fact_resolved</comment>
        <translation>Ngày giải quyết</translation>
    </message>
    <message>
        <source>Thank you for letting us know about your complaint concerning {category}, which we received on {received}. We have entered it in our complaint register under number {register_no}; please quote this number whenever you get in touch with us about it.</source>
        <comment>letter_ack_thanks</comment>
        <translation>Cảm ơn Quý khách đã phản ánh với chúng tôi về khiếu nại liên quan đến {category}. Chúng tôi đã tiếp nhận khiếu nại vào ngày {received} và ghi vào Sổ theo dõi khiếu nại với số tiếp nhận {register_no}. Khi liên hệ với chúng tôi về việc này, Quý khách vui lòng cho biết số tiếp nhận trên.</translation>
    </message>
    <message>
        <source>As we told you, we aim to come back to you by {promised}.</source>
        <comment>letter_ack_promised</comment>
        <translation>Như đã hẹn, chúng tôi sẽ cố gắng phản hồi Quý khách trước ngày {promised}.</translation>
    </message>
    <message>
        <source>We are looking into what happened and will send you our final response by {due} at the latest. If we need longer, we will write to you before then to explain why.</source>
        <comment>letter_ack_due</comment>
        <translation>Chúng tôi đang xác minh sự việc và sẽ gửi câu trả lời cuối cùng cho Quý khách chậm nhất vào ngày {due}. Nếu cần thêm thời gian, chúng tôi sẽ gửi thư giải thích lý do trước thời hạn đó.</translation>
    </message>
    <message>
        <source>If you are unhappy with our final response, or have not had it by {due}, you may take your complaint to {name}, free of charge.</source>
        <comment>letter_referral_ack</comment>
        <translation>Nếu Quý khách không hài lòng với câu trả lời cuối cùng của chúng tôi, hoặc chưa nhận được câu trả lời trước ngày {due}, Quý khách có thể gửi khiếu nại đến {name} mà không mất phí.</translation>
    </message>
    <message>
        <source>We are writing about the complaint you made on {received} (register no. {register_no}). We are sorry that we cannot give you our final response yet.</source>
        <comment>letter_holding_intro</comment>
        <translation>Chúng tôi gửi thư này về khiếu nại Quý khách đã gửi ngày {received} (số tiếp nhận {register_no}). Rất tiếc, hiện chúng tôi chưa thể gửi câu trả lời cuối cùng cho Quý khách.</translation>
    </message>
    <message>
        <source>This is why:</source>
        <comment>letter_holding_reason</comment>
        <translation>Lý do như sau:</translation>
    </message>
    <message>
        <source>We expect to send you our final response by {expected}.</source>
        <comment>letter_holding_expected</comment>
        <translation>Chúng tôi dự kiến gửi câu trả lời cuối cùng cho Quý khách trước ngày {expected}.</translation>
    </message>
    <message>
        <source>You do not have to wait for it: if you wish, you may take your complaint to {name} now, free of charge.</source>
        <comment>letter_referral_holding</comment>
        <translation>Quý khách không bắt buộc phải chờ câu trả lời đó: nếu muốn, Quý khách có thể gửi khiếu nại đến {name} ngay bây giờ mà không mất phí.</translation>
    </message>
    <message>
        <source>We have finished looking into the complaint you made on {received} (register no. {register_no}). This letter is our final response.</source>
        <comment>letter_final_intro</comment>
        <translation>Chúng tôi đã hoàn tất việc xác minh khiếu nại Quý khách gửi ngày {received} (số tiếp nhận {register_no}). Thư này là câu trả lời cuối cùng của chúng tôi.</translation>
    </message>
    <message>
        <source>We agree that your complaint is justified, and we are sorry.</source>
        <comment>letter_decision_upheld</comment>
        <translation>Qua xác minh, khiếu nại của Quý khách là có cơ sở. Chúng tôi thành thật xin lỗi Quý khách.</translation>
    </message>
    <message>
        <source>We agree that part of your complaint is justified, and we are sorry for that part.</source>
        <comment>letter_decision_partly_upheld</comment>
        <translation>Qua xác minh, khiếu nại của Quý khách có cơ sở một phần. Chúng tôi xin lỗi Quý khách về phần có cơ sở đó.</translation>
    </message>
    <message>
        <source>Having looked at everything, we do not find your complaint justified. Our reasons follow.</source>
        <comment>letter_decision_not_upheld</comment>
        <translation>Qua xác minh, khiếu nại của Quý khách không có cơ sở. Lý do được nêu dưới đây.</translation>
    </message>
    <message>
        <source>What we found and what we have done:</source>
        <comment>letter_final_what</comment>
        <translation>Kết quả xác minh và những việc chúng tôi đã làm:</translation>
    </message>
    <message>
        <source>Thank you for talking with us about the complaint you made on {received} (register no. {register_no}). As agreed with you on {resolved}, we now consider it resolved.</source>
        <comment>letter_summary_intro</comment>
        <translation>Cảm ơn Quý khách đã trao đổi với chúng tôi về khiếu nại gửi ngày {received} (số tiếp nhận {register_no}). Như đã thống nhất với Quý khách ngày {resolved}, chúng tôi coi khiếu nại này đã được giải quyết.</translation>
    </message>
    <message>
        <source>We offer you {amount} in compensation.</source>
        <comment>letter_compensation</comment>
        <translation>Chúng tôi xin bồi thường cho Quý khách số tiền {amount}.</translation>
    </message>
    <message>
        <source>Although we do not find the complaint justified, we offer you {amount} as a gesture of goodwill.</source>
        <comment>letter_compensation_goodwill</comment>
        <translation>Mặc dù khiếu nại không có cơ sở, chúng tôi vẫn xin gửi Quý khách khoản bồi thường thiện chí {amount}.</translation>
    </message>
    <message>
        <source>If you are not satisfied with this response, you may refer your complaint to {name}. It costs you nothing.</source>
        <comment>letter_referral_final</comment>
        <translation>Nếu Quý khách không hài lòng với câu trả lời này, Quý khách có thể gửi khiếu nại đến {name} mà không mất phí.</translation>
    </message>
    <message>
        <source>You need to do so within {months} months of the date of this letter.</source>
        <comment>letter_referral_months</comment>
        <translation>Quý khách cần gửi trong vòng {months} tháng kể từ ngày của thư này.</translation>
    </message>
    <message>
        <source>If you refer it later than the time limits allow, we do not consent to {name} considering it, so it could do so only in exceptional circumstances.</source>
        <comment>letter_limits_kept</comment>
        <translation>Nếu Quý khách gửi muộn hơn thời hạn quy định, chúng tôi không đồng ý để {name} xem xét, khi đó cơ quan này chỉ có thể xem xét trong trường hợp đặc biệt.</translation>
    </message>
    <message>
        <source>We agree that {name} may consider your complaint even if you refer it after the usual time limits.</source>
        <comment>letter_limits_waived</comment>
        <translation>Chúng tôi đồng ý để {name} xem xét khiếu nại của Quý khách kể cả khi Quý khách gửi sau thời hạn thông thường.</translation>
    </message>
    <message>
        <source>If you later become unhappy with how it was settled, you may still refer your complaint to {name}, free of charge.</source>
        <comment>letter_referral_summary</comment>
        <translation>Nếu sau này Quý khách không hài lòng với kết quả giải quyết, Quý khách vẫn có thể gửi khiếu nại đến {name} mà không mất phí.</translation>
    </message>
    <message>
        <source>Telephone: {phone}</source>
        <comment>letter_referral_phone</comment>
        <translation>Điện thoại: {phone}</translation>
    </message>
    <message>
        <source>Website: {website}</source>
        <comment>letter_referral_website</comment>
        <translation>Trang web: {website}</translation>
    </message>
    <message>
        <source>If you have any questions, please contact {contact}, who is handling your complaint, and quote register no. {register_no}.</source>
        <comment>letter_contact</comment>
        <translation>Nếu có thắc mắc, Quý khách vui lòng liên hệ {contact}, người xử lý khiếu nại của Quý khách, và cho biết số tiếp nhận {register_no}.</translation>
    </message>
    <message>
        <source>If you have any questions, please contact us and quote register no. {register_no}.</source>
        <comment>letter_contact_desk</comment>
        <translation>Nếu có thắc mắc, Quý khách vui lòng liên hệ với chúng tôi và cho biết số tiếp nhận {register_no}.</translation>
    </message>
    <message>
        <source>Enclosed: a leaflet from {name} explaining what it does.</source>
        <comment>letter_enclosure_leaflet</comment>
        <translation>Gửi kèm: tờ thông tin của {name} dành cho người tiêu dùng</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <comment>letter_closing</comment>
        <translation>Trân trọng,</translation>
    </message>
    <message>
        <source>{branch} · register no. {register_no}</source>
        <comment>letter_footer</comment>
        <translation>{branch} · số tiếp nhận {register_no}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <comment>letter_page_x_of_y</comment>
        <translation>Trang {page}/{pages}</translation>
    </message>
    <message>
        <source>Register no. · received · channel · status</source>
        <comment>col_case</comment>
        <translation>Số tiếp nhận · ngày nhận · kênh · trạng thái</translation>
    </message>
    <message>
        <source>Complaint · what the customer wants</source>
        <comment>col_complaint</comment>
        <translation>Nội dung khiếu nại · yêu cầu của khách hàng</translation>
    </message>
    <message>
        <source>Handler · reply due · extension</source>
        <comment>col_handling</comment>
        <translation>Người xử lý · hạn trả lời · gia hạn</translation>
    </message>
    <message>
        <source>Resolved · closed · on time</source>
        <comment>col_done</comment>
        <translation>Giải quyết · đóng hồ sơ · đúng hạn</translation>
    </message>
    <message>
        <source>Resolution · remedy · compensation</source>
        <comment>col_resolution</comment>
        <translation>Kết luận · biện pháp xử lý · bồi thường</translation>
    </message>
    <message>
        <source>Root cause</source>
        <comment>col_root_cause</comment>
        <translation>Nguyên nhân gốc rễ</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <comment>col_action</comment>
        <translation>Biện pháp khắc phục</translation>
    </message>
    <message>
        <source>Follow-up call, or why it was waived</source>
        <comment>col_followup</comment>
        <translation>Gọi lại khảo sát, hoặc lý do miễn</translation>
    </message>
    <message>
        <source>Staff: {initials}</source>
        <comment>line_staff</comment>
        <translation>Nhân viên: {initials}</translation>
    </message>
    <message>
        <source>Service: {text}</source>
        <comment>line_service</comment>
        <translation>Dịch vụ: {text}</translation>
    </message>
    <message>
        <source>Cause: {cause}</source>
        <comment>line_cause</comment>
        <translation>Nguyên nhân: {cause}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <comment>cause_missing</comment>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <source>Wants: {text}</source>
        <comment>line_wants</comment>
        <translation>Khách hàng yêu cầu: {text}</translation>
    </message>
    <message>
        <source>Handler: {name}</source>
        <comment>line_handler</comment>
        <translation>Người xử lý: {name}</translation>
    </message>
    <message>
        <source>Reply due {date}</source>
        <comment>line_due</comment>
        <translation>Hạn trả lời {date}</translation>
    </message>
    <message>
        <source>Extended to {date}, approved by {who} on {on}</source>
        <comment>line_extension</comment>
        <translation>Gia hạn đến {date}, {who} duyệt ngày {on}</translation>
    </message>
    <message>
        <source>Resolved {date}</source>
        <comment>line_resolved</comment>
        <translation>Đã giải quyết {date}</translation>
    </message>
    <message>
        <source>Closed {date}</source>
        <comment>line_closed</comment>
        <translation>Đóng hồ sơ {date}</translation>
    </message>
    <message>
        <source>Days taken: {days}</source>
        <comment>line_days</comment>
        <translation>Mất {days} ngày</translation>
    </message>
    <message>
        <source>on time</source>
        <comment>on_time</comment>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>late</source>
        <comment>late</comment>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>still open, past the reply due date</source>
        <comment>open_late</comment>
        <translation>chưa giải quyết xong, đã quá hạn trả lời</translation>
    </message>
    <message>
        <source>still open</source>
        <comment>open_not_due</comment>
        <translation>chưa giải quyết xong</translation>
    </message>
    <message>
        <source>Compensation {amount}</source>
        <comment>line_compensation</comment>
        <translation>Bồi thường {amount}</translation>
    </message>
    <message>
        <source>the customer accepted</source>
        <comment>accepted_yes</comment>
        <translation>khách hàng đồng ý</translation>
    </message>
    <message>
        <source>the customer did not accept</source>
        <comment>accepted_no</comment>
        <translation>khách hàng không đồng ý</translation>
    </message>
    <message>
        <source>Follow-up call {date}: satisfaction {score}/5</source>
        <comment>line_followup</comment>
        <translation>Gọi lại khảo sát {date}: mức hài lòng {score}/5</translation>
    </message>
    <message>
        <source>Follow-up call due {date}</source>
        <comment>line_followup_due</comment>
        <translation>Hạn gọi lại khảo sát {date}</translation>
    </message>
    <message>
        <source>Follow-up call waived by {who}: {reason}</source>
        <comment>line_waived</comment>
        <translation>{who} miễn gọi lại khảo sát: {reason}</translation>
    </message>
    <message>
        <source>(continued)</source>
        <comment>continued</comment>
        <translation>(tiếp theo)</translation>
    </message>
    <message>
        <source>How these figures count: complaints received in the month, void entries left out, as they stood at {at}. On time means resolved by the reply due date (after any approved extension); every complaint resolved by then is counted, and every one whose due date had passed, an open one as late. {not_due} still open and not yet due are not counted yet.</source>
        <comment>rules</comment>
        <translation>Cách tính: các khiếu nại nhận trong tháng, không tính khiếu nại đã hủy, theo tình trạng tại thời điểm {at}. Đúng hạn là đã giải quyết trước hạn trả lời (kể cả gia hạn đã được duyệt); mọi khiếu nại đã giải quyết đến thời điểm đó đều được tính, và mọi khiếu nại đã quá hạn trả lời cũng được tính, khiếu nại chưa giải quyết xong thì tính là quá hạn. {not_due} khiếu nại chưa giải quyết xong nhưng chưa đến hạn thì chưa tính.</translation>
    </message>
    <message>
        <source>Figures of the deadline policy: {policy}</source>
        <comment>regime_title</comment>
        <translation>Chỉ tiêu theo quy định về thời hạn: {policy}</translation>
    </message>
    <message>
        <source>Resolved by the end of the 3rd business day after receipt: {share} ({count} of {total} resolved)</source>
        <comment>fca_3_days</comment>
        <translation>Giải quyết trước khi hết ngày làm việc thứ 3 sau khi nhận: {share} ({count}/{total} khiếu nại đã giải quyết)</translation>
    </message>
    <message>
        <source>Resolved after that, within 8 weeks: {share} ({count} of {total} resolved)</source>
        <comment>fca_8_weeks</comment>
        <translation>Giải quyết sau đó, trong vòng 8 tuần: {share} ({count}/{total} khiếu nại đã giải quyết)</translation>
    </message>
    <message>
        <source>Resolved after 8 weeks: {share} ({count} of {total} resolved)</source>
        <comment>fca_after_8_weeks</comment>
        <translation>Giải quyết sau hơn 8 tuần: {share} ({count}/{total} khiếu nại đã giải quyết)</translation>
    </message>
    <message>
        <source>Still open more than 8 weeks after receipt: {count}</source>
        <comment>fca_open_8_weeks</comment>
        <translation>Quá 8 tuần kể từ khi nhận mà chưa giải quyết xong: {count}</translation>
    </message>
    <message>
        <source>Upheld in full or in part: {share} ({count} of {total} resolved)</source>
        <comment>fca_upheld</comment>
        <translation>Có cơ sở hoặc có cơ sở một phần: {share} ({count}/{total} khiếu nại đã giải quyết)</translation>
    </message>
    <message>
        <source>Redress paid: {amount} in {count} complaints</source>
        <comment>fca_redress</comment>
        <translation>Đã bồi thường: {amount} cho {count} khiếu nại</translation>
    </message>
    <message>
        <source>Decided within 15 days: {share} ({count} of {total} resolved)</source>
        <comment>cn_15_days</comment>
        <translation>Giải quyết trong 15 ngày: {share} ({count}/{total} khiếu nại đã giải quyết)</translation>
    </message>
    <message>
        <source>Deadline extended with approval: {count} of {total} received</source>
        <comment>cn_extended</comment>
        <translation>Được duyệt gia hạn: {count}/{total} khiếu nại đã nhận</translation>
    </message>
    <message>
        <source>Past 30 days (resolved later, or still open): {count} of {total} received</source>
        <comment>cn_past_30</comment>
        <translation>Quá 30 ngày (giải quyết sau đó hoặc vẫn chưa xong): {count}/{total} khiếu nại đã nhận</translation>
    </message>
    <message>
        <source>Resolved within {days} working days: {share} ({count} of {total} whose time had run)</source>
        <comment>days_within</comment>
        <translation>Giải quyết trong {days} ngày làm việc: {share} ({count}/{total} khiếu nại đã hết thời hạn)</translation>
    </message>
    <message>
        <source>Not resolved within {days} working days (resolved later, or still open): {count}</source>
        <comment>days_late</comment>
        <translation>Không giải quyết trong {days} ngày làm việc (giải quyết sau đó hoặc vẫn chưa xong): {count}</translation>
    </message>
    <message>
        <source>Causes</source>
        <comment>causes_title</comment>
        <translation>Phân tích nguyên nhân</translation>
    </message>
    <message>
        <source>By cause</source>
        <comment>by_cause</comment>
        <translation>Theo nguyên nhân</translation>
    </message>
    <message>
        <source>Category and cause together, commonest first</source>
        <comment>by_category_cause</comment>
        <translation>Kết hợp loại và nguyên nhân, nhiều nhất trước</translation>
    </message>
    <message>
        <source>Cause</source>
        <comment>cause_column</comment>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>category_column</comment>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>code_column</comment>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Standard&apos;s category</source>
        <comment>standard_column</comment>
        <translation>Phân loại theo tiêu chuẩn</translation>
    </message>
    <message>
        <source>Our categories</source>
        <comment>ours_column</comment>
        <translation>Loại của chi nhánh</translation>
    </message>
    <message>
        <source>every category that names no channel</source>
        <comment>all_other_categories</comment>
        <translation>mọi loại không ghi kênh</translation>
    </message>
    <message>
        <source>Counted by {standard}</source>
        <comment>std_title</comment>
        <translation>Thống kê theo {standard}</translation>
    </message>
    <message>
        <source>A. Channel of the business</source>
        <comment>std_channel</comment>
        <translation>A. Kênh thực hiện nghiệp vụ</translation>
    </message>
    <message>
        <source>B. Business type</source>
        <comment>std_business</comment>
        <translation>B. Loại nghiệp vụ</translation>
    </message>
    <message>
        <source>C. Cause</source>
        <comment>std_cause</comment>
        <translation>C. Nguyên nhân khiếu nại</translation>
    </message>
    <message>
        <source>No cause recorded (not counted under C): {count}</source>
        <comment>std_no_cause</comment>
        <translation>Chưa ghi nguyên nhân (không tính vào C): {count}</translation>
    </message>
    <message>
        <source>The codes follow the structure of {standard}; check them against the standard&apos;s published text before reporting them.</source>
        <comment>std_note</comment>
        <translation>Các mã theo cấu trúc của {standard}; hãy đối chiếu với văn bản chính thức của tiêu chuẩn trước khi báo cáo.</translation>
    </message>
    <message>
        <source>Days past due</source>
        <comment>overdue_days</comment>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <comment>not_recorded</comment>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>total</comment>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Category · cause · codes of {standard}</source>
        <comment>col_category_std</comment>
        <translation>Loại · nguyên nhân · mã theo {standard}</translation>
    </message>
    <message>
        <source>Register no.</source>
        <comment>field_register_no</comment>
        <translation>Số tiếp nhận</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>field_received_at</comment>
        <translation>Thời điểm nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>field_channel</comment>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>field_customer_name</comment>
        <translation>Tên khách hàng</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>field_customer_phone</comment>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>ID or account no.</source>
        <comment>field_customer_id_no</comment>
        <translation>Số giấy tờ hoặc số tài khoản</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>field_category</comment>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Scope</source>
        <comment>field_scope</comment>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>field_severity</comment>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>field_summary</comment>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>What happened</source>
        <comment>field_description</comment>
        <translation>Nội dung khiếu nại</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <comment>field_desired_outcome</comment>
        <translation>Yêu cầu của khách hàng</translation>
    </message>
    <message>
        <source>Handler</source>
        <comment>field_handler</comment>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>field_status</comment>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>field_closed_at</comment>
        <translation>Thời điểm đóng hồ sơ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>field_resolution</comment>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Vulnerable customer</source>
        <comment>field_vulnerable</comment>
        <translation>Khách hàng yếu thế</translation>
    </message>
    <message>
        <source>Care note</source>
        <comment>field_vulnerable_note</comment>
        <translation>Ghi chú hỗ trợ</translation>
    </message>
    <message>
        <source>Cause</source>
        <comment>field_cause</comment>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Staff concerned</source>
        <comment>field_subject_staff</comment>
        <translation>Nhân viên bị khiếu nại</translation>
    </message>
    <message>
        <source>Service concerned</source>
        <comment>field_subject_text</comment>
        <translation>Dịch vụ liên quan</translation>
    </message>
    <message>
        <source>Promised by</source>
        <comment>field_promised_at</comment>
        <translation>Hẹn hoàn thành</translation>
    </message>
    <message>
        <source>First deadline</source>
        <comment>field_first_due</comment>
        <translation>Hạn đầu tiên</translation>
    </message>
    <message>
        <source>Reply due</source>
        <comment>field_due_date</comment>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Extensions</source>
        <comment>field_extension_level</comment>
        <translation>Số lần gia hạn</translation>
    </message>
    <message>
        <source>Remedy</source>
        <comment>field_remedy</comment>
        <translation>Biện pháp xử lý</translation>
    </message>
    <message>
        <source>Compensation</source>
        <comment>field_compensation</comment>
        <translation>Số tiền bồi thường</translation>
    </message>
    <message>
        <source>Currency</source>
        <comment>field_currency</comment>
        <translation>Loại tiền</translation>
    </message>
    <message>
        <source>Customer accepted</source>
        <comment>field_customer_accepted</comment>
        <translation>Khách hàng đồng ý</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>field_resolved_at</comment>
        <translation>Thời điểm giải quyết</translation>
    </message>
    <message>
        <source>Root cause</source>
        <comment>field_root_cause</comment>
        <translation>Nguyên nhân gốc rễ</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <comment>field_corrective_action</comment>
        <translation>Biện pháp khắc phục</translation>
    </message>
    <message>
        <source>Follow-up call due</source>
        <comment>field_followup_due</comment>
        <translation>Hạn gọi lại khảo sát</translation>
    </message>
    <message>
        <source>Follow-up call made</source>
        <comment>field_followup_done_at</comment>
        <translation>Thời điểm gọi lại khảo sát</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <comment>field_satisfaction</comment>
        <translation>Mức hài lòng (1-5)</translation>
    </message>
    <message>
        <source>Follow-up comment</source>
        <comment>field_followup_comment</comment>
        <translation>Ghi chú khi gọi lại</translation>
    </message>
    <message>
        <source>Follow-up waived</source>
        <comment>field_followup_waived</comment>
        <translation>Miễn gọi lại khảo sát</translation>
    </message>
    <message>
        <source>Void: reason</source>
        <comment>field_void_reason</comment>
        <translation>Lý do hủy</translation>
    </message>
    <message>
        <source>{standard} channel</source>
        <comment>field_jrt_channel</comment>
        <translation>Mã kênh {standard}</translation>
    </message>
    <message>
        <source>{standard} business type</source>
        <comment>field_jrt_business</comment>
        <translation>Mã loại nghiệp vụ {standard}</translation>
    </message>
    <message>
        <source>{standard} cause</source>
        <comment>field_jrt_cause</comment>
        <translation>Mã nguyên nhân {standard}</translation>
    </message>
    <message>
        <source>Register</source>
        <comment>sheet_register</comment>
        <translation>Sổ theo dõi</translation>
    </message>
    <message>
        <source>Statistics</source>
        <comment>sheet_statistics</comment>
        <translation>Thống kê</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>stat_received</comment>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>stat_resolved</comment>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>stat_closed</comment>
        <translation>Đã đóng hồ sơ</translation>
    </message>
    <message>
        <source>Still open</source>
        <comment>stat_open</comment>
        <translation>Chưa giải quyết xong</translation>
    </message>
    <message>
        <source>Void</source>
        <comment>stat_void</comment>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Resolved by the reply due date</source>
        <comment>stat_on_time</comment>
        <translation>Giải quyết trước hạn trả lời</translation>
    </message>
    <message>
        <source>Counted for timeliness</source>
        <comment>stat_counted</comment>
        <translation>Được tính khi xét đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>stat_late</comment>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Late and still open</source>
        <comment>stat_late_open</comment>
        <translation>Quá hạn và chưa giải quyết xong</translation>
    </message>
    <message>
        <source>Open, not yet due (not counted)</source>
        <comment>stat_not_due</comment>
        <translation>Chưa xong, chưa đến hạn (chưa tính)</translation>
    </message>
    <message>
        <source>Days to resolve, median</source>
        <comment>stat_median</comment>
        <translation>Số ngày giải quyết (trung vị)</translation>
    </message>
    <message>
        <source>Days to resolve, 90th percentile</source>
        <comment>stat_p90</comment>
        <translation>Số ngày giải quyết (phân vị 90)</translation>
    </message>
    <message>
        <source>Upheld in full or in part</source>
        <comment>stat_upheld</comment>
        <translation>Có cơ sở hoặc có cơ sở một phần</translation>
    </message>
    <message>
        <source>Compensation paid ({currency})</source>
        <comment>stat_compensation</comment>
        <translation>Tổng bồi thường ({currency})</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>month_column</comment>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>value_column</comment>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Figure</source>
        <comment>figure_column</comment>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Complaints return</source>
        <comment>return_sheet</comment>
        <translation>Báo cáo khiếu nại</translation>
    </message>
    <message>
        <source>Complaints return (after FCA DISP 1 Annex 1R) · {branch} · {start} to {end}</source>
        <comment>return_title</comment>
        <translation>Báo cáo khiếu nại (theo mẫu FCA DISP 1 Phụ lục 1R) · {branch} · {start} đến {end}</translation>
    </message>
    <message>
        <source>Counted as at {at}: void entries left out; closed means resolved (final response given); by the end of the 3rd business day after receipt in the working days of {country}; eight weeks from the day of receipt. Product groups are the branch&apos;s top-level categories.</source>
        <comment>return_as_at</comment>
        <translation>Tính đến {at}: không tính khiếu nại đã hủy; đã đóng nghĩa là đã giải quyết (đã trả lời cuối cùng); ngày làm việc thứ 3 tính theo ngày làm việc của {country} từ ngày sau ngày nhận; 8 tuần tính từ ngày nhận. Nhóm sản phẩm là các loại cấp một của chi nhánh.</translation>
    </message>
    <message>
        <source>Product group</source>
        <comment>ret_group</comment>
        <translation>Nhóm sản phẩm</translation>
    </message>
    <message>
        <source>Outstanding at the start</source>
        <comment>ret_outstanding_start</comment>
        <translation>Tồn đầu kỳ</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>ret_opened</comment>
        <translation>Mới nhận</translation>
    </message>
    <message>
        <source>Closed within 3 business days</source>
        <comment>ret_closed_3_days</comment>
        <translation>Đóng trong 3 ngày làm việc</translation>
    </message>
    <message>
        <source>Closed after 3 business days, within 8 weeks</source>
        <comment>ret_closed_8_weeks</comment>
        <translation>Đóng sau 3 ngày làm việc, trong 8 tuần</translation>
    </message>
    <message>
        <source>Closed after 8 weeks</source>
        <comment>ret_closed_after_8_weeks</comment>
        <translation>Đóng sau 8 tuần</translation>
    </message>
    <message>
        <source>Closed in total</source>
        <comment>ret_closed</comment>
        <translation>Tổng đã đóng</translation>
    </message>
    <message>
        <source>Upheld (in full or in part)</source>
        <comment>ret_upheld</comment>
        <translation>Có cơ sở (toàn bộ hoặc một phần)</translation>
    </message>
    <message>
        <source>Upheld share of closed</source>
        <comment>ret_upheld_share</comment>
        <translation>Tỷ lệ có cơ sở trên số đã đóng</translation>
    </message>
    <message>
        <source>Redress paid ({currency})</source>
        <comment>ret_redress</comment>
        <translation>Đã bồi thường ({currency})</translation>
    </message>
    <message>
        <source>Outstanding at the end</source>
        <comment>ret_outstanding_end</comment>
        <translation>Tồn cuối kỳ</translation>
    </message>
    <message>
        <source>{standard} {month}</source>
        <comment>std_sheet</comment>
        <translation>{standard} {month}</translation>
    </message>
    <message>
        <source>Complaints received in {month} counted by {standard} · {branch}</source>
        <comment>std_table_title</comment>
        <translation>Khiếu nại nhận trong tháng {month} thống kê theo {standard} · {branch}</translation>
    </message>
    <message>
        <source>Complaints received (void entries left out): {count}</source>
        <comment>std_received</comment>
        <translation>Khiếu nại đã nhận (không tính đã hủy): {count}</translation>
    </message>
    <message>
        <source>B business type by C cause</source>
        <comment>std_cross</comment>
        <translation>B loại nghiệp vụ × C nguyên nhân</translation>
    </message>
    <message>
        <source>Seal of this register</source>
        <comment>seal_heading</comment>
        <translation>Niêm phong điện tử của sổ theo dõi</translation>
    </message>
    <message>
        <source>Branch key: {root}. Compare it with the key on earlier signed registers: a different key means the signing keys were replaced.</source>
        <comment>seal_key</comment>
        <translation>Khóa của chi nhánh: {root}. Hãy đối chiếu với khóa in trên các sổ đã ký trước đây: khác nhau nghĩa là khóa ký đã bị thay.</translation>
    </message>
    <message>
        <source>Audit trail at printing: {events} entries, the newest #{head_id}, hash {head}.</source>
        <comment>seal_trail</comment>
        <translation>Nhật ký kiểm tra lúc in: {events} mục, mục mới nhất #{head_id}, mã băm {head}.</translation>
    </message>
    <message>
        <source>Sealed by {who} (key #{key}). Signature: {signature}</source>
        <comment>seal_signed</comment>
        <translation>Người niêm phong: {who} (khóa #{key}). Chữ ký số: {signature}</translation>
    </message>
    <message>
        <source>Not sealed: no manager&apos;s signing key was open when this was printed, so it cannot prove what the database held.</source>
        <comment>seal_unsigned</comment>
        <translation>Chưa niêm phong: lúc in không có khóa ký của quản lý nào đang mở, nên bản này không chứng minh được nội dung cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>To check it against the database: the app&apos;s command verify-register with this PDF file.</source>
        <comment>seal_check</comment>
        <translation>Đối chiếu sổ này với cơ sở dữ liệu: dùng lệnh verify-register của phần mềm với tệp PDF này.</translation>
    </message>
    <message>
        <source>: </source>
        <comment>label_colon</comment>
        <translation>: </translation>
    </message>
    <message>
        <source>Root-cause tasks opened this month</source>
        <comment>root_cause_tasks</comment>
        <translation>Việc tìm nguyên nhân gốc rễ mở trong tháng</translation>
    </message>
    <message>
        <source>None: no group of complaints alike called for one.</source>
        <comment>no_root_cause_tasks</comment>
        <translation>Không có: không có nhóm khiếu nại tương tự nào cần mở.</translation>
    </message>
    <message>
        <source>Task</source>
        <comment>col_task</comment>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>col_opened</comment>
        <translation>Mở ngày</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>col_why</comment>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Complaints linked</source>
        <comment>col_linked</comment>
        <translation>Khiếu nại liên quan</translation>
    </message>
    <message>
        <source>{count} alike within 7 days</source>
        <comment>why_burst</comment>
        <translation>{count} khiếu nại tương tự trong 7 ngày</translation>
    </message>
    <message>
        <source>opened by a manager</source>
        <comment>why_manager</comment>
        <translation>do quản lý mở</translation>
    </message>
    <message>
        <source>Your complaint is recorded</source>
        <comment>slip_title</comment>
        <translation>Khiếu nại của Quý khách đã được tiếp nhận</translation>
    </message>
    <message>
        <source>Register no.</source>
        <comment>slip_number</comment>
        <translation>Số tiếp nhận</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>slip_date</comment>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>slip_customer</comment>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>About</source>
        <comment>slip_about</comment>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>You asked for</source>
        <comment>slip_asked</comment>
        <translation>Yêu cầu của Quý khách</translation>
    </message>
    <message>
        <source>We will reply by</source>
        <comment>slip_reply_by</comment>
        <translation>Chúng tôi sẽ trả lời trước ngày</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <comment>slip_whom</comment>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Ask for {handler} at {branch}, quoting the register number.</source>
        <comment>slip_whom_text</comment>
        <translation>Quý khách vui lòng liên hệ {handler} tại {branch} và cho biết số tiếp nhận.</translation>
    </message>
    <message>
        <source>Ask at {branch}, quoting the register number.</source>
        <comment>slip_whom_branch</comment>
        <translation>Quý khách vui lòng liên hệ {branch} và cho biết số tiếp nhận.</translation>
    </message>
    <message>
        <source>If you are not satisfied with our answer, you may contact {name}.</source>
        <comment>slip_referral</comment>
        <translation>Nếu không hài lòng với câu trả lời của chúng tôi, Quý khách có thể liên hệ {name}.</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <comment>slip_phone</comment>
        <translation>Điện thoại: {phone}</translation>
    </message>
    <message>
        <source>Website: {website}</source>
        <comment>slip_website</comment>
        <translation>Trang web: {website}</translation>
    </message>
    <message>
        <source>Please keep this slip.</source>
        <comment>slip_keep</comment>
        <translation>Quý khách vui lòng giữ phiếu này.</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <comment>slip_appointment</comment>
        <translation>Lịch hẹn của Quý khách</translation>
    </message>
    <message>
        <source>with {name}</source>
        <comment>slip_appointment_with</comment>
        <translation>gặp {name}</translation>
    </message>
    <message>
        <source>at {place}</source>
        <comment>slip_appointment_place</comment>
        <translation>tại {place}</translation>
    </message>
    <message>
        <source>We promised to have it done by</source>
        <comment>slip_promised</comment>
        <translation>Chúng tôi hẹn xử lý xong lúc</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>In person</source>
        <comment>channel.in_person</comment>
        <translation>Trực tiếp tại quầy</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>channel.phone</comment>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>channel.letter</comment>
        <translation>Thư, đơn giấy</translation>
    </message>
    <message>
        <source>E-mail or online</source>
        <comment>channel.email</comment>
        <translation>Email, trực tuyến</translation>
    </message>
    <message>
        <source>Opinion book</source>
        <comment>channel.opinion_book</comment>
        <translation>Sổ góp ý</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <comment>channel.suggestion_box</comment>
        <translation>Hòm thư góp ý</translation>
    </message>
    <message>
        <source>Referred by regulator or head office</source>
        <comment>channel.referral</comment>
        <translation>Cơ quan quản lý hoặc hội sở chuyển đến</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel.other</comment>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Point (single customer)</source>
        <comment>scope.point</comment>
        <translation>Đơn lẻ (một khách hàng)</translation>
    </message>
    <message>
        <source>Line (group of customers)</source>
        <comment>scope.line</comment>
        <translation>Theo nhóm (một nhóm khách hàng)</translation>
    </message>
    <message>
        <source>Plane (brand or whole service)</source>
        <comment>scope.plane</comment>
        <translation>Diện rộng (thương hiệu hoặc toàn bộ dịch vụ)</translation>
    </message>
    <message>
        <source>One customer has one problem; solve it for them, then check whether anyone else could be affected.</source>
        <comment>scope_help.point</comment>
        <translation>Một khách hàng gặp một vấn đề riêng; giải quyết cho khách trước, sau đó kiểm tra xem còn ai khác bị ảnh hưởng không.</translation>
    </message>
    <message>
        <source>A product range or service causes the same problem for a group of customers, so the fix must reach all of them.</source>
        <comment>scope_help.line</comment>
        <translation>Một dòng sản phẩm hoặc một dịch vụ gây cùng một vấn đề cho cả nhóm khách hàng, cần xử lý cho tất cả những người bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>The brand or the whole service fails on a large scale, often with media or public attention; escalate to senior management at once.</source>
        <comment>scope_help.plane</comment>
        <translation>Thương hiệu hoặc toàn bộ dịch vụ gặp sự cố trên diện rộng, thường đã thu hút sự chú ý của báo chí, dư luận; phải báo ngay lên lãnh đạo cấp trên.</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>severity.low</comment>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>severity.medium</comment>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>High</source>
        <comment>severity.high</comment>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>severity.critical</comment>
        <translation>Đặc biệt nghiêm trọng</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>status.received</comment>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <comment>status.acknowledged</comment>
        <translation>Đã xác nhận với khách</translation>
    </message>
    <message>
        <source>Investigating</source>
        <comment>status.investigating</comment>
        <translation>Đang xác minh, xử lý</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>status.resolved</comment>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>status.closed</comment>
        <translation>Đã đóng hồ sơ</translation>
    </message>
    <message>
        <source>Void</source>
        <comment>status.void</comment>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Upheld</source>
        <comment>outcome.upheld</comment>
        <translation>Có cơ sở</translation>
    </message>
    <message>
        <source>Partly upheld</source>
        <comment>outcome.partly_upheld</comment>
        <translation>Có cơ sở một phần</translation>
    </message>
    <message>
        <source>Not upheld</source>
        <comment>outcome.not_upheld</comment>
        <translation>Không có cơ sở</translation>
    </message>
    <message>
        <source>Clerk</source>
        <comment>role.clerk</comment>
        <translation>Nhân viên quầy</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>role.manager</comment>
        <translation>Quản lý</translation>
    </message>
    <message>
        <source>China banking (15 days)</source>
        <comment>deadline_preset.china_banking</comment>
        <translation>Ngành ngân hàng Trung Quốc (15 ngày)</translation>
    </message>
    <message>
        <source>Vietnam consumer law (7 working days)</source>
        <comment>deadline_preset.vietnam_consumer</comment>
        <translation>Luật Bảo vệ quyền lợi người tiêu dùng (7 ngày làm việc)</translation>
    </message>
    <message>
        <source>UK FCA (3 business days / 8 weeks)</source>
        <comment>deadline_preset.uk_fca</comment>
        <translation>FCA Anh (3 ngày làm việc / 8 tuần)</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>deadline_preset.custom</comment>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Retail shop</source>
        <comment>category_preset.retail</comment>
        <translation>Cửa hàng bán lẻ</translation>
    </message>
    <message>
        <source>Bank branch</source>
        <comment>category_preset.bank</comment>
        <translation>Chi nhánh ngân hàng</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>contact_method.phone</comment>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>In person</source>
        <comment>contact_method.in_person</comment>
        <translation>Gặp trực tiếp</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>contact_method.letter</comment>
        <translation>Thư</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>contact_method.email</comment>
        <translation>Email</translation>
    </message>
    <message>
        <source>Text message</source>
        <comment>contact_method.sms</comment>
        <translation>Tin nhắn SMS</translation>
    </message>
    <message>
        <source>Reached</source>
        <comment>contact_result.reached</comment>
        <translation>Đã liên lạc được</translation>
    </message>
    <message>
        <source>No answer</source>
        <comment>contact_result.no_answer</comment>
        <translation>Không nghe máy</translation>
    </message>
    <message>
        <source>Left a message</source>
        <comment>contact_result.left_message</comment>
        <translation>Đã để lại lời nhắn</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <comment>contact_result.wrong_number</comment>
        <translation>Sai số điện thoại</translation>
    </message>
</context>
</TS>
