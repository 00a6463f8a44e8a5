{$head_title}
