"""The app's look: calm, high-contrast, readable at a busy counter."""

STYLE_SHEET = """
QWidget { font-size: 10pt; }
QLabel#pageTitle { font-size: 16pt; font-weight: 600; color: #1f2d3d; padding: 4px 0; }
QLabel#hint { color: #5f6b7a; }
QLabel#counter { color: #5f6b7a; font-size: 9pt; }
QLabel#counter[over="true"] { color: #b3261e; font-weight: 600; }
QLabel#errorBox { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd;
                  border-radius: 4px; padding: 6px 8px; }
QLabel#infoBox { background: #fff8e1; color: #5d4300; border: 1px solid #f3d98b;
                 border-radius: 4px; padding: 6px 8px; }
QLabel#okBox { background: #e8f5e9; color: #1b5e20; border: 1px solid #b7dfb9;
               border-radius: 4px; padding: 6px 8px; }
QLabel#bigNumber { font-size: 22pt; font-weight: 600; color: #1f2d3d; }
QGroupBox#figure_overdue QLabel#bigNumber { color: #b3261e; }
QLabel#badge { border-radius: 9px; padding: 2px 10px; background: #e3e8ef; color: #1f2d3d; font-weight: 600; }
QLabel#badge[status="received"] { background: #fff4d6; color: #6b4e00; }
QLabel#badge[status="acknowledged"] { background: #e1efff; color: #0b3d91; }
QLabel#badge[status="investigating"] { background: #e7e1ff; color: #3a1f91; }
QLabel#badge[status="resolved"] { background: #dff5e3; color: #1b5e20; }
QLabel#badge[status="closed"] { background: #e3e8ef; color: #39434f; }
QLabel#badge[status="void"] { background: #f0f0f0; color: #7a7a7a; }
QLabel#overdue { color: #b3261e; font-weight: 700; }
QLabel#dueLabel { font-weight: 600; }
QPushButton { padding: 4px 12px; }
QPushButton#primary { background: #0b5cad; color: white; border: 1px solid #094a8c;
                      border-radius: 4px; padding: 5px 14px; font-weight: 600; }
QPushButton#primary:focus { border: 2px solid #f0a500; }
QPushButton#primary:disabled { background: #9db7d3; }
*[invalid="true"] { border: 2px solid #b3261e; border-radius: 3px; }
QFrame#banner { background: #fff4d6; border: 1px solid #e6c35c; border-radius: 4px; }
QListWidget#nav { background: #1f2d3d; color: #e8edf3; border: none; font-size: 11pt; }
QListWidget#nav::item { padding: 10px 12px; }
QListWidget#nav::item:selected { background: #0b5cad; color: white; }
QGroupBox { font-weight: 600; margin-top: 10px; padding-top: 8px; border: 1px solid #d5dbe3; border-radius: 4px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QComboBox { font-weight: normal; }
QPushButton#upset { background: #fff1e6; color: #8a3b00; border: 1px solid #e8a06b; border-radius: 4px;
                    padding: 5px 14px; font-weight: 600; }
QPushButton#escalate { background: #fff1e6; color: #8a3b00; border: 1px solid #e8a06b; border-radius: 4px; padding: 6px 14px; }
QPushButton#danger { background: #fdecea; color: #8a1c14; border: 1px solid #e39a93; border-radius: 4px; padding: 6px 14px; font-weight: 600; }
QFrame#card { background: #ffffff; border: 1px solid #d5dbe3; border-radius: 6px; }
QFrame#card QLabel { border: none; }
QWidget#guidedView QPushButton { font-size: 12pt; padding: 8px 16px; }
QWidget#guidedView QComboBox { font-size: 15pt; padding: 4px; }
QLabel#guideTitle { font-size: 26pt; font-weight: 600; color: #1f3d2d; }
QLabel#guideDo { font-size: 17pt; color: #1f2d3d; }
QFrame#sayFrame { background: #e8f1ea; border-left: 6px solid #6aa27c; border-radius: 4px; }
QLabel#guideSay { font-size: 19pt; color: #143324; }
QLabel#guideWhy { font-size: 12pt; color: #5f6b7a; }
QLabel#guideCaption { font-size: 12pt; color: #5f6b7a; }
QLabel#guideElapsed { font-size: 20pt; font-weight: 600; color: #1f3d2d; }
QLabel#guideTimer { font-size: 16pt; color: #0b5cad; }
QLineEdit#guideAnswer, QDateTimeEdit#guideAnswer { font-size: 16pt; padding: 6px; }
QPushButton#guideChoice { font-size: 15pt; padding: 10px 16px; text-align: left; }
QLabel#safetyTitle { font-size: 26pt; font-weight: 700; color: #8a1c14; }
QLabel#safetySteps { font-size: 17pt; color: #1f2d3d; }
QLabel#safetyNumbers { font-size: 19pt; font-weight: bold; color: #a4262c; }
"""
