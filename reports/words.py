"""Words printed in reports, in the report's own language (independent of the UI's).

Each is marked for the translation catalogues under the context "report", with its key as
the disambiguation (the same English may print two ways: a column "Received" and the
count of complaints received); ``models.core.catalogue`` reads the translation back.
"""

from __future__ import annotations

from models.core.catalogue import translate
from models.core.errors import QT_TRANSLATE_NOOP

WORDS: dict[str, str] = {
    "booklet_title": QT_TRANSLATE_NOOP("report", "Standard replies", "booklet_title"),
    "booklet_intro": QT_TRANSLATE_NOOP(
        "report",
        "Agreed answers to the objections we meet most often, grouped by complaint category, the most frequent categories first. Use them as a starting point and speak in your own words.",
        "booklet_intro",
    ),
    "booklet_empty": QT_TRANSLATE_NOOP(
        "report", "No standard replies have been written yet.", "booklet_empty"
    ),
    "complaints_count": QT_TRANSLATE_NOOP("report", "{n} complaint(s) so far", "complaints_count"),
    "printed_on": QT_TRANSLATE_NOOP("report", "Printed {date}", "printed_on"),
    "page_x_of_y": QT_TRANSLATE_NOOP("report", "Page {page} of {pages}", "page_x_of_y"),
    "register_title": QT_TRANSLATE_NOOP("report", "Complaint register", "register_title"),
    "month_label": QT_TRANSLATE_NOOP("report", "Month: {month}", "month_label"),
    "generated": QT_TRANSLATE_NOOP("report", "Generated {at} by {who}", "generated"),
    "integrity": QT_TRANSLATE_NOOP(
        "report",
        "Integrity: {count} records, SHA-256 {digest} · audit trail {events} entries, newest {head}",
        "integrity",
    ),
    "col_no": QT_TRANSLATE_NOOP("report", "Register no.", "col_no"),
    "col_received": QT_TRANSLATE_NOOP("report", "Received", "col_received"),
    "col_customer": QT_TRANSLATE_NOOP(
        "report", "Customer · staff concerned · scope", "col_customer"
    ),
    "col_category": QT_TRANSLATE_NOOP("report", "Category · cause", "col_category"),
    "col_summary": QT_TRANSLATE_NOOP("report", "Summary", "col_summary"),
    "col_handler": QT_TRANSLATE_NOOP("report", "Handler", "col_handler"),
    "col_due": QT_TRANSLATE_NOOP("report", "Due", "col_due"),
    "yes": QT_TRANSLATE_NOOP("report", "yes", "yes"),
    "no": QT_TRANSLATE_NOOP("report", "no", "no"),
    "void_row": QT_TRANSLATE_NOOP("report", "VOID ({who}, {date}): {reason}", "void_row"),
    "empty_month": QT_TRANSLATE_NOOP(
        "report", "No complaints were received in {month}.", "empty_month"
    ),
    "stats_title": QT_TRANSLATE_NOOP("report", "Statistics for {month}", "stats_title"),
    "totals": QT_TRANSLATE_NOOP(
        "report",
        "Received {received} · resolved {resolved} · closed {closed} · still open {open} (carried into next month) · void {void}",
        "totals",
    ),
    "by_category": QT_TRANSLATE_NOOP("report", "By category", "by_category"),
    "by_channel": QT_TRANSLATE_NOOP("report", "By channel", "by_channel"),
    "by_scope": QT_TRANSLATE_NOOP("report", "By scope", "by_scope"),
    "by_severity": QT_TRANSLATE_NOOP("report", "By severity", "by_severity"),
    "count": QT_TRANSLATE_NOOP("report", "Count", "count"),
    "share": QT_TRANSLATE_NOOP("report", "Share", "share"),
    "cumulative": QT_TRANSLATE_NOOP("report", "Cumulative", "cumulative"),
    "performance": QT_TRANSLATE_NOOP("report", "Handling", "performance"),
    "on_time_rate": QT_TRANSLATE_NOOP(
        "report",
        "Resolved by the reply due date: {rate} ({on_time} of {counted}); late {late}, of which still open {late_open}",
        "on_time_rate",
    ),
    "days_to_resolve": QT_TRANSLATE_NOOP(
        "report", "Days to resolve: median {median}, 90th percentile {p90}", "days_to_resolve"
    ),
    "upheld_rate": QT_TRANSLATE_NOOP(
        "report",
        "Upheld in full or in part: {rate} ({upheld} of {resolved} resolved)",
        "upheld_rate",
    ),
    "compensation": QT_TRANSLATE_NOOP(
        "report", "Compensation paid: {amount} ({count} complaints)", "compensation"
    ),
    "none": QT_TRANSLATE_NOOP("report", "none", "none"),
    "repeat": QT_TRANSLATE_NOOP(
        "report", "Repeat complainants (two or more complaints in 12 months)", "repeat"
    ),
    "complaints_n": QT_TRANSLATE_NOOP("report", "{n} complaints", "complaints_n"),
    "trend": QT_TRANSLATE_NOOP("report", "Complaints received, last 12 months", "trend"),
    "pareto": QT_TRANSLATE_NOOP(
        "report", "Categories, commonest first (bars) and cumulative share (line)", "pareto"
    ),
    "counter": QT_TRANSLATE_NOOP("report", "At the counter and in the opinion book", "counter"),
    "counter_runs": QT_TRANSLATE_NOOP(
        "report",
        "Guided de-escalation runs: {runs}; changed person {person}, place {place}, time {time}; safety exits {safety}",
        "counter_runs",
    ),
    "book_numbers": QT_TRANSLATE_NOOP(
        "report",
        "Opinion book and suggestion box: {total} entries (praise {praise}, suggestions {suggestion}, questions {question}, complaints {complaint}); {promoted} entered in this register; replies {rate}; days read {read} of {days}; box openings {openings}",
        "book_numbers",
    ),
    "open_earlier": QT_TRANSLATE_NOOP(
        "report", "Not yet resolved, from earlier months", "open_earlier"
    ),
    "age_days": QT_TRANSLATE_NOOP("report", "Age (days)", "age_days"),
    "no_open_earlier": QT_TRANSLATE_NOOP(
        "report",
        "None: every earlier complaint was resolved by the end of the month.",
        "no_open_earlier",
    ),
    "signoff": QT_TRANSLATE_NOOP("report", "Sign-off", "signoff"),
    "prepared_by": QT_TRANSLATE_NOOP("report", "Prepared by: {name}", "prepared_by"),
    "reviewed_by": QT_TRANSLATE_NOOP(
        "report", "Reviewed by the branch head: {name}", "reviewed_by"
    ),
    "date_line": QT_TRANSLATE_NOOP("report", "Date", "date_line"),
    "signature_line": QT_TRANSLATE_NOOP("report", "Signature", "signature_line"),
    "letter_title_ack": QT_TRANSLATE_NOOP(
        "report", "Acknowledgement of your complaint", "letter_title_ack"
    ),
    "letter_title_holding": QT_TRANSLATE_NOOP(
        "report", "Your complaint: our final response is still to come", "letter_title_holding"
    ),
    "letter_title_final": QT_TRANSLATE_NOOP(
        "report", "Final response to your complaint", "letter_title_final"
    ),
    "letter_title_summary": QT_TRANSLATE_NOOP(
        "report", "Your complaint is resolved", "letter_title_summary"
    ),
    "letter_dear": QT_TRANSLATE_NOOP("report", "Dear {name},", "letter_dear"),
    "letter_dear_customer": QT_TRANSLATE_NOOP("report", "Dear customer,", "letter_dear_customer"),
    "letter_fact_date": QT_TRANSLATE_NOOP("report", "Date of this letter", "letter_fact_date"),
    "letter_fact_register_no": QT_TRANSLATE_NOOP(
        "report", "Register no.", "letter_fact_register_no"
    ),
    "letter_fact_received": QT_TRANSLATE_NOOP("report", "Received", "letter_fact_received"),
    "letter_fact_about": QT_TRANSLATE_NOOP("report", "About", "letter_fact_about"),
    "letter_fact_reply_by": QT_TRANSLATE_NOOP("report", "Reply due", "letter_fact_reply_by"),
    "letter_fact_expected": QT_TRANSLATE_NOOP(
        "report", "Final response expected by", "letter_fact_expected"
    ),
    "letter_fact_resolved": QT_TRANSLATE_NOOP("report", "Resolved", "letter_fact_resolved"),
    "letter_ack_thanks": QT_TRANSLATE_NOOP(
        "report",
        "Thank you for letting us know about your complaint concerning {category}, which we received on {received}. We have entered it in our complaint register under number {register_no}; please quote this number whenever you get in touch with us about it.",
        "letter_ack_thanks",
    ),
    "letter_ack_promised": QT_TRANSLATE_NOOP(
        "report", "As we told you, we aim to come back to you by {promised}.", "letter_ack_promised"
    ),
    "letter_ack_due": QT_TRANSLATE_NOOP(
        "report",
        "We are looking into what happened and will send you our final response by {due} at the latest. If we need longer, we will write to you before then to explain why.",
        "letter_ack_due",
    ),
    "letter_referral_ack": QT_TRANSLATE_NOOP(
        "report",
        "If you are unhappy with our final response, or have not had it by {due}, you may take your complaint to {name}, free of charge.",
        "letter_referral_ack",
    ),
    "letter_holding_intro": QT_TRANSLATE_NOOP(
        "report",
        "We are writing about the complaint you made on {received} (register no. {register_no}). We are sorry that we cannot give you our final response yet.",
        "letter_holding_intro",
    ),
    "letter_holding_reason": QT_TRANSLATE_NOOP("report", "This is why:", "letter_holding_reason"),
    "letter_holding_expected": QT_TRANSLATE_NOOP(
        "report",
        "We expect to send you our final response by {expected}.",
        "letter_holding_expected",
    ),
    "letter_referral_holding": QT_TRANSLATE_NOOP(
        "report",
        "You do not have to wait for it: if you wish, you may take your complaint to {name} now, free of charge.",
        "letter_referral_holding",
    ),
    "letter_final_intro": QT_TRANSLATE_NOOP(
        "report",
        "We have finished looking into the complaint you made on {received} (register no. {register_no}). This letter is our final response.",
        "letter_final_intro",
    ),
    "letter_decision_upheld": QT_TRANSLATE_NOOP(
        "report",
        "We agree that your complaint is justified, and we are sorry.",
        "letter_decision_upheld",
    ),
    "letter_decision_partly_upheld": QT_TRANSLATE_NOOP(
        "report",
        "We agree that part of your complaint is justified, and we are sorry for that part.",
        "letter_decision_partly_upheld",
    ),
    "letter_decision_not_upheld": QT_TRANSLATE_NOOP(
        "report",
        "Having looked at everything, we do not find your complaint justified. Our reasons follow.",
        "letter_decision_not_upheld",
    ),
    "letter_final_what": QT_TRANSLATE_NOOP(
        "report", "What we found and what we have done:", "letter_final_what"
    ),
    "letter_summary_intro": QT_TRANSLATE_NOOP(
        "report",
        "Thank you for talking with us about the complaint you made on {received} (register no. {register_no}). As agreed with you on {resolved}, we now consider it resolved.",
        "letter_summary_intro",
    ),
    "letter_compensation": QT_TRANSLATE_NOOP(
        "report", "We offer you {amount} in compensation.", "letter_compensation"
    ),
    "letter_compensation_goodwill": QT_TRANSLATE_NOOP(
        "report",
        "Although we do not find the complaint justified, we offer you {amount} as a gesture of goodwill.",
        "letter_compensation_goodwill",
    ),
    "letter_referral_final": QT_TRANSLATE_NOOP(
        "report",
        "If you are not satisfied with this response, you may refer your complaint to {name}. It costs you nothing.",
        "letter_referral_final",
    ),
    "letter_referral_months": QT_TRANSLATE_NOOP(
        "report",
        "You need to do so within {months} months of the date of this letter.",
        "letter_referral_months",
    ),
    "letter_limits_kept": QT_TRANSLATE_NOOP(
        "report",
        "If you refer it later than the time limits allow, we do not consent to {name} considering it, so it could do so only in exceptional circumstances.",
        "letter_limits_kept",
    ),
    "letter_limits_waived": QT_TRANSLATE_NOOP(
        "report",
        "We agree that {name} may consider your complaint even if you refer it after the usual time limits.",
        "letter_limits_waived",
    ),
    "letter_referral_summary": QT_TRANSLATE_NOOP(
        "report",
        "If you later become unhappy with how it was settled, you may still refer your complaint to {name}, free of charge.",
        "letter_referral_summary",
    ),
    "letter_referral_phone": QT_TRANSLATE_NOOP(
        "report", "Telephone: {phone}", "letter_referral_phone"
    ),
    "letter_referral_website": QT_TRANSLATE_NOOP(
        "report", "Website: {website}", "letter_referral_website"
    ),
    "letter_contact": QT_TRANSLATE_NOOP(
        "report",
        "If you have any questions, please contact {contact}, who is handling your complaint, and quote register no. {register_no}.",
        "letter_contact",
    ),
    "letter_contact_desk": QT_TRANSLATE_NOOP(
        "report",
        "If you have any questions, please contact us and quote register no. {register_no}.",
        "letter_contact_desk",
    ),
    "letter_enclosure_leaflet": QT_TRANSLATE_NOOP(
        "report",
        "Enclosed: a leaflet from {name} explaining what it does.",
        "letter_enclosure_leaflet",
    ),
    "letter_closing": QT_TRANSLATE_NOOP("report", "Yours sincerely,", "letter_closing"),
    "letter_footer": QT_TRANSLATE_NOOP(
        "report", "{branch} · register no. {register_no}", "letter_footer"
    ),
    "letter_page_x_of_y": QT_TRANSLATE_NOOP(
        "report", "Page {page} of {pages}", "letter_page_x_of_y"
    ),
    "col_case": QT_TRANSLATE_NOOP(
        "report", "Register no. · received · channel · status", "col_case"
    ),
    "col_complaint": QT_TRANSLATE_NOOP(
        "report", "Complaint · what the customer wants", "col_complaint"
    ),
    "col_handling": QT_TRANSLATE_NOOP("report", "Handler · reply due · extension", "col_handling"),
    "col_done": QT_TRANSLATE_NOOP("report", "Resolved · closed · on time", "col_done"),
    "col_resolution": QT_TRANSLATE_NOOP(
        "report", "Resolution · remedy · compensation", "col_resolution"
    ),
    "col_root_cause": QT_TRANSLATE_NOOP("report", "Root cause", "col_root_cause"),
    "col_action": QT_TRANSLATE_NOOP("report", "Corrective action", "col_action"),
    "col_followup": QT_TRANSLATE_NOOP(
        "report", "Follow-up call, or why it was waived", "col_followup"
    ),
    "line_staff": QT_TRANSLATE_NOOP("report", "Staff: {initials}", "line_staff"),
    "line_service": QT_TRANSLATE_NOOP("report", "Service: {text}", "line_service"),
    "line_cause": QT_TRANSLATE_NOOP("report", "Cause: {cause}", "line_cause"),
    "cause_missing": QT_TRANSLATE_NOOP("report", "not recorded", "cause_missing"),
    "line_wants": QT_TRANSLATE_NOOP("report", "Wants: {text}", "line_wants"),
    "line_handler": QT_TRANSLATE_NOOP("report", "Handler: {name}", "line_handler"),
    "line_due": QT_TRANSLATE_NOOP("report", "Reply due {date}", "line_due"),
    "line_extension": QT_TRANSLATE_NOOP(
        "report", "Extended to {date}, approved by {who} on {on}", "line_extension"
    ),
    "line_resolved": QT_TRANSLATE_NOOP("report", "Resolved {date}", "line_resolved"),
    "line_closed": QT_TRANSLATE_NOOP("report", "Closed {date}", "line_closed"),
    "line_days": QT_TRANSLATE_NOOP("report", "Days taken: {days}", "line_days"),
    "on_time": QT_TRANSLATE_NOOP("report", "on time", "on_time"),
    "late": QT_TRANSLATE_NOOP("report", "late", "late"),
    "open_late": QT_TRANSLATE_NOOP("report", "still open, past the reply due date", "open_late"),
    "open_not_due": QT_TRANSLATE_NOOP("report", "still open", "open_not_due"),
    "line_compensation": QT_TRANSLATE_NOOP("report", "Compensation {amount}", "line_compensation"),
    "accepted_yes": QT_TRANSLATE_NOOP("report", "the customer accepted", "accepted_yes"),
    "accepted_no": QT_TRANSLATE_NOOP("report", "the customer did not accept", "accepted_no"),
    "line_followup": QT_TRANSLATE_NOOP(
        "report", "Follow-up call {date}: satisfaction {score}/5", "line_followup"
    ),
    "line_followup_due": QT_TRANSLATE_NOOP(
        "report", "Follow-up call due {date}", "line_followup_due"
    ),
    "line_waived": QT_TRANSLATE_NOOP(
        "report", "Follow-up call waived by {who}: {reason}", "line_waived"
    ),
    "continued": QT_TRANSLATE_NOOP("report", "(continued)", "continued"),
    "rules": QT_TRANSLATE_NOOP(
        "report",
        "How these figures count: complaints received in the month, void entries left out, as they stood at {at}. On time means resolved by the reply due date (after any approved extension); every complaint resolved by then is counted, and every one whose due date had passed, an open one as late. {not_due} still open and not yet due are not counted yet.",
        "rules",
    ),
    "regime_title": QT_TRANSLATE_NOOP(
        "report", "Figures of the deadline policy: {policy}", "regime_title"
    ),
    "fca_3_days": QT_TRANSLATE_NOOP(
        "report",
        "Resolved by the end of the 3rd business day after receipt: {share} ({count} of {total} resolved)",
        "fca_3_days",
    ),
    "fca_8_weeks": QT_TRANSLATE_NOOP(
        "report",
        "Resolved after that, within 8 weeks: {share} ({count} of {total} resolved)",
        "fca_8_weeks",
    ),
    "fca_after_8_weeks": QT_TRANSLATE_NOOP(
        "report",
        "Resolved after 8 weeks: {share} ({count} of {total} resolved)",
        "fca_after_8_weeks",
    ),
    "fca_open_8_weeks": QT_TRANSLATE_NOOP(
        "report", "Still open more than 8 weeks after receipt: {count}", "fca_open_8_weeks"
    ),
    "fca_upheld": QT_TRANSLATE_NOOP(
        "report", "Upheld in full or in part: {share} ({count} of {total} resolved)", "fca_upheld"
    ),
    "fca_redress": QT_TRANSLATE_NOOP(
        "report", "Redress paid: {amount} in {count} complaints", "fca_redress"
    ),
    "cn_15_days": QT_TRANSLATE_NOOP(
        "report", "Decided within 15 days: {share} ({count} of {total} resolved)", "cn_15_days"
    ),
    "cn_extended": QT_TRANSLATE_NOOP(
        "report", "Deadline extended with approval: {count} of {total} received", "cn_extended"
    ),
    "cn_past_30": QT_TRANSLATE_NOOP(
        "report",
        "Past 30 days (resolved later, or still open): {count} of {total} received",
        "cn_past_30",
    ),
    "days_within": QT_TRANSLATE_NOOP(
        "report",
        "Resolved within {days} working days: {share} ({count} of {total} whose time had run)",
        "days_within",
    ),
    "days_late": QT_TRANSLATE_NOOP(
        "report",
        "Not resolved within {days} working days (resolved later, or still open): {count}",
        "days_late",
    ),
    "causes_title": QT_TRANSLATE_NOOP("report", "Causes", "causes_title"),
    "by_cause": QT_TRANSLATE_NOOP("report", "By cause", "by_cause"),
    "by_category_cause": QT_TRANSLATE_NOOP(
        "report", "Category and cause together, commonest first", "by_category_cause"
    ),
    "cause_column": QT_TRANSLATE_NOOP("report", "Cause", "cause_column"),
    "category_column": QT_TRANSLATE_NOOP("report", "Category", "category_column"),
    "code_column": QT_TRANSLATE_NOOP("report", "Code", "code_column"),
    "standard_column": QT_TRANSLATE_NOOP("report", "Standard's category", "standard_column"),
    "ours_column": QT_TRANSLATE_NOOP("report", "Our categories", "ours_column"),
    "all_other_categories": QT_TRANSLATE_NOOP(
        "report", "every category that names no channel", "all_other_categories"
    ),
    "std_title": QT_TRANSLATE_NOOP("report", "Counted by {standard}", "std_title"),
    "std_channel": QT_TRANSLATE_NOOP("report", "A. Channel of the business", "std_channel"),
    "std_business": QT_TRANSLATE_NOOP("report", "B. Business type", "std_business"),
    "std_cause": QT_TRANSLATE_NOOP("report", "C. Cause", "std_cause"),
    "std_no_cause": QT_TRANSLATE_NOOP(
        "report", "No cause recorded (not counted under C): {count}", "std_no_cause"
    ),
    "std_note": QT_TRANSLATE_NOOP(
        "report",
        "The codes follow the structure of {standard}; check them against the standard's published text before reporting them.",
        "std_note",
    ),
    "overdue_days": QT_TRANSLATE_NOOP("report", "Days past due", "overdue_days"),
    "not_recorded": QT_TRANSLATE_NOOP("report", "(not recorded)", "not_recorded"),
    "total": QT_TRANSLATE_NOOP("report", "Total", "total"),
    "col_category_std": QT_TRANSLATE_NOOP(
        "report", "Category · cause · codes of {standard}", "col_category_std"
    ),
    "field_register_no": QT_TRANSLATE_NOOP("report", "Register no.", "field_register_no"),
    "field_received_at": QT_TRANSLATE_NOOP("report", "Received", "field_received_at"),
    "field_channel": QT_TRANSLATE_NOOP("report", "Channel", "field_channel"),
    "field_customer_name": QT_TRANSLATE_NOOP("report", "Customer", "field_customer_name"),
    "field_customer_phone": QT_TRANSLATE_NOOP("report", "Phone", "field_customer_phone"),
    "field_customer_id_no": QT_TRANSLATE_NOOP(
        "report", "ID or account no.", "field_customer_id_no"
    ),
    "field_category": QT_TRANSLATE_NOOP("report", "Category", "field_category"),
    "field_scope": QT_TRANSLATE_NOOP("report", "Scope", "field_scope"),
    "field_severity": QT_TRANSLATE_NOOP("report", "Severity", "field_severity"),
    "field_summary": QT_TRANSLATE_NOOP("report", "Summary", "field_summary"),
    "field_description": QT_TRANSLATE_NOOP("report", "What happened", "field_description"),
    "field_desired_outcome": QT_TRANSLATE_NOOP(
        "report", "What the customer wants", "field_desired_outcome"
    ),
    "field_handler": QT_TRANSLATE_NOOP("report", "Handler", "field_handler"),
    "field_status": QT_TRANSLATE_NOOP("report", "Status", "field_status"),
    "field_closed_at": QT_TRANSLATE_NOOP("report", "Closed", "field_closed_at"),
    "field_resolution": QT_TRANSLATE_NOOP("report", "Resolution", "field_resolution"),
    "field_vulnerable": QT_TRANSLATE_NOOP("report", "Vulnerable customer", "field_vulnerable"),
    "field_vulnerable_note": QT_TRANSLATE_NOOP("report", "Care note", "field_vulnerable_note"),
    "field_cause": QT_TRANSLATE_NOOP("report", "Cause", "field_cause"),
    "field_subject_staff": QT_TRANSLATE_NOOP("report", "Staff concerned", "field_subject_staff"),
    "field_subject_text": QT_TRANSLATE_NOOP("report", "Service concerned", "field_subject_text"),
    "field_promised_at": QT_TRANSLATE_NOOP("report", "Promised by", "field_promised_at"),
    "field_first_due": QT_TRANSLATE_NOOP("report", "First deadline", "field_first_due"),
    "field_due_date": QT_TRANSLATE_NOOP("report", "Reply due", "field_due_date"),
    "field_extension_level": QT_TRANSLATE_NOOP("report", "Extensions", "field_extension_level"),
    "field_remedy": QT_TRANSLATE_NOOP("report", "Remedy", "field_remedy"),
    "field_compensation": QT_TRANSLATE_NOOP("report", "Compensation", "field_compensation"),
    "field_currency": QT_TRANSLATE_NOOP("report", "Currency", "field_currency"),
    "field_customer_accepted": QT_TRANSLATE_NOOP(
        "report", "Customer accepted", "field_customer_accepted"
    ),
    "field_resolved_at": QT_TRANSLATE_NOOP("report", "Resolved", "field_resolved_at"),
    "field_root_cause": QT_TRANSLATE_NOOP("report", "Root cause", "field_root_cause"),
    "field_corrective_action": QT_TRANSLATE_NOOP(
        "report", "Corrective action", "field_corrective_action"
    ),
    "field_followup_due": QT_TRANSLATE_NOOP("report", "Follow-up call due", "field_followup_due"),
    "field_followup_done_at": QT_TRANSLATE_NOOP(
        "report", "Follow-up call made", "field_followup_done_at"
    ),
    "field_satisfaction": QT_TRANSLATE_NOOP("report", "Satisfaction (1-5)", "field_satisfaction"),
    "field_followup_comment": QT_TRANSLATE_NOOP(
        "report", "Follow-up comment", "field_followup_comment"
    ),
    "field_followup_waived": QT_TRANSLATE_NOOP(
        "report", "Follow-up waived", "field_followup_waived"
    ),
    "field_void_reason": QT_TRANSLATE_NOOP("report", "Void: reason", "field_void_reason"),
    "field_jrt_channel": QT_TRANSLATE_NOOP("report", "{standard} channel", "field_jrt_channel"),
    "field_jrt_business": QT_TRANSLATE_NOOP(
        "report", "{standard} business type", "field_jrt_business"
    ),
    "field_jrt_cause": QT_TRANSLATE_NOOP("report", "{standard} cause", "field_jrt_cause"),
    "sheet_register": QT_TRANSLATE_NOOP("report", "Register", "sheet_register"),
    "sheet_statistics": QT_TRANSLATE_NOOP("report", "Statistics", "sheet_statistics"),
    "stat_received": QT_TRANSLATE_NOOP("report", "Received", "stat_received"),
    "stat_resolved": QT_TRANSLATE_NOOP("report", "Resolved", "stat_resolved"),
    "stat_closed": QT_TRANSLATE_NOOP("report", "Closed", "stat_closed"),
    "stat_open": QT_TRANSLATE_NOOP("report", "Still open", "stat_open"),
    "stat_void": QT_TRANSLATE_NOOP("report", "Void", "stat_void"),
    "stat_on_time": QT_TRANSLATE_NOOP("report", "Resolved by the reply due date", "stat_on_time"),
    "stat_counted": QT_TRANSLATE_NOOP("report", "Counted for timeliness", "stat_counted"),
    "stat_late": QT_TRANSLATE_NOOP("report", "Late", "stat_late"),
    "stat_late_open": QT_TRANSLATE_NOOP("report", "Late and still open", "stat_late_open"),
    "stat_not_due": QT_TRANSLATE_NOOP("report", "Open, not yet due (not counted)", "stat_not_due"),
    "stat_median": QT_TRANSLATE_NOOP("report", "Days to resolve, median", "stat_median"),
    "stat_p90": QT_TRANSLATE_NOOP("report", "Days to resolve, 90th percentile", "stat_p90"),
    "stat_upheld": QT_TRANSLATE_NOOP("report", "Upheld in full or in part", "stat_upheld"),
    "stat_compensation": QT_TRANSLATE_NOOP(
        "report", "Compensation paid ({currency})", "stat_compensation"
    ),
    "month_column": QT_TRANSLATE_NOOP("report", "Month", "month_column"),
    "value_column": QT_TRANSLATE_NOOP("report", "Value", "value_column"),
    "figure_column": QT_TRANSLATE_NOOP("report", "Figure", "figure_column"),
    "return_sheet": QT_TRANSLATE_NOOP("report", "Complaints return", "return_sheet"),
    "return_title": QT_TRANSLATE_NOOP(
        "report",
        "Complaints return (after FCA DISP 1 Annex 1R) · {branch} · {start} to {end}",
        "return_title",
    ),
    "return_as_at": QT_TRANSLATE_NOOP(
        "report",
        "Counted as at {at}: void entries left out; closed means resolved (final response given); by the end of the 3rd business day after receipt in the working days of {country}; eight weeks from the day of receipt. Product groups are the branch's top-level categories.",
        "return_as_at",
    ),
    "ret_group": QT_TRANSLATE_NOOP("report", "Product group", "ret_group"),
    "ret_outstanding_start": QT_TRANSLATE_NOOP(
        "report", "Outstanding at the start", "ret_outstanding_start"
    ),
    "ret_opened": QT_TRANSLATE_NOOP("report", "Opened", "ret_opened"),
    "ret_closed_3_days": QT_TRANSLATE_NOOP(
        "report", "Closed within 3 business days", "ret_closed_3_days"
    ),
    "ret_closed_8_weeks": QT_TRANSLATE_NOOP(
        "report", "Closed after 3 business days, within 8 weeks", "ret_closed_8_weeks"
    ),
    "ret_closed_after_8_weeks": QT_TRANSLATE_NOOP(
        "report", "Closed after 8 weeks", "ret_closed_after_8_weeks"
    ),
    "ret_closed": QT_TRANSLATE_NOOP("report", "Closed in total", "ret_closed"),
    "ret_upheld": QT_TRANSLATE_NOOP("report", "Upheld (in full or in part)", "ret_upheld"),
    "ret_upheld_share": QT_TRANSLATE_NOOP("report", "Upheld share of closed", "ret_upheld_share"),
    "ret_redress": QT_TRANSLATE_NOOP("report", "Redress paid ({currency})", "ret_redress"),
    "ret_outstanding_end": QT_TRANSLATE_NOOP(
        "report", "Outstanding at the end", "ret_outstanding_end"
    ),
    "std_sheet": QT_TRANSLATE_NOOP("report", "{standard} {month}", "std_sheet"),
    "std_table_title": QT_TRANSLATE_NOOP(
        "report",
        "Complaints received in {month} counted by {standard} · {branch}",
        "std_table_title",
    ),
    "std_received": QT_TRANSLATE_NOOP(
        "report", "Complaints received (void entries left out): {count}", "std_received"
    ),
    "std_cross": QT_TRANSLATE_NOOP("report", "B business type by C cause", "std_cross"),
    "seal_heading": QT_TRANSLATE_NOOP("report", "Seal of this register", "seal_heading"),
    "seal_key": QT_TRANSLATE_NOOP(
        "report",
        "Branch key: {root}. Compare it with the key on earlier signed registers: a different key means the signing keys were replaced.",
        "seal_key",
    ),
    "seal_trail": QT_TRANSLATE_NOOP(
        "report",
        "Audit trail at printing: {events} entries, the newest #{head_id}, hash {head}.",
        "seal_trail",
    ),
    "seal_signed": QT_TRANSLATE_NOOP(
        "report", "Sealed by {who} (key #{key}). Signature: {signature}", "seal_signed"
    ),
    "seal_unsigned": QT_TRANSLATE_NOOP(
        "report",
        "Not sealed: no manager's signing key was open when this was printed, so it cannot prove what the database held.",
        "seal_unsigned",
    ),
    "seal_check": QT_TRANSLATE_NOOP(
        "report",
        "To check it against the database: the app's command verify-register with this PDF file.",
        "seal_check",
    ),
    "label_colon": QT_TRANSLATE_NOOP("report", ": ", "label_colon"),
    "root_cause_tasks": QT_TRANSLATE_NOOP(
        "report", "Root-cause tasks opened this month", "root_cause_tasks"
    ),
    "no_root_cause_tasks": QT_TRANSLATE_NOOP(
        "report", "None: no group of complaints alike called for one.", "no_root_cause_tasks"
    ),
    "col_task": QT_TRANSLATE_NOOP("report", "Task", "col_task"),
    "col_opened": QT_TRANSLATE_NOOP("report", "Opened", "col_opened"),
    "col_why": QT_TRANSLATE_NOOP("report", "Why", "col_why"),
    "col_linked": QT_TRANSLATE_NOOP("report", "Complaints linked", "col_linked"),
    "why_burst": QT_TRANSLATE_NOOP("report", "{count} alike within 7 days", "why_burst"),
    "why_manager": QT_TRANSLATE_NOOP("report", "opened by a manager", "why_manager"),
    "slip_title": QT_TRANSLATE_NOOP("report", "Your complaint is recorded", "slip_title"),
    "slip_number": QT_TRANSLATE_NOOP("report", "Register no.", "slip_number"),
    "slip_date": QT_TRANSLATE_NOOP("report", "Received", "slip_date"),
    "slip_customer": QT_TRANSLATE_NOOP("report", "Customer", "slip_customer"),
    "slip_about": QT_TRANSLATE_NOOP("report", "About", "slip_about"),
    "slip_asked": QT_TRANSLATE_NOOP("report", "You asked for", "slip_asked"),
    "slip_reply_by": QT_TRANSLATE_NOOP("report", "We will reply by", "slip_reply_by"),
    "slip_whom": QT_TRANSLATE_NOOP("report", "Whom to ask", "slip_whom"),
    "slip_whom_text": QT_TRANSLATE_NOOP(
        "report", "Ask for {handler} at {branch}, quoting the register number.", "slip_whom_text"
    ),
    "slip_whom_branch": QT_TRANSLATE_NOOP(
        "report", "Ask at {branch}, quoting the register number.", "slip_whom_branch"
    ),
    "slip_referral": QT_TRANSLATE_NOOP(
        "report",
        "If you are not satisfied with our answer, you may contact {name}.",
        "slip_referral",
    ),
    "slip_phone": QT_TRANSLATE_NOOP("report", "Phone: {phone}", "slip_phone"),
    "slip_website": QT_TRANSLATE_NOOP("report", "Website: {website}", "slip_website"),
    "slip_keep": QT_TRANSLATE_NOOP("report", "Please keep this slip.", "slip_keep"),
    "slip_appointment": QT_TRANSLATE_NOOP("report", "Your appointment", "slip_appointment"),
    "slip_appointment_with": QT_TRANSLATE_NOOP("report", "with {name}", "slip_appointment_with"),
    "slip_appointment_place": QT_TRANSLATE_NOOP("report", "at {place}", "slip_appointment_place"),
    "slip_promised": QT_TRANSLATE_NOOP("report", "We promised to have it done by", "slip_promised"),
}


def words(lang: str) -> dict[str, str]:
    """Every report word in ``lang`` (English where the catalogue has no translation)."""
    return {key: translate("report", english, lang, key) for key, english in WORDS.items()}
