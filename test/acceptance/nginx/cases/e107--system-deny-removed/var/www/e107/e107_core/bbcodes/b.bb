return "<b>$code_text</b>";
