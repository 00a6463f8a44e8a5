<?php
// Compiled template of themes/berlin/tpl/home.html
echo App::frontend()->context()->global_vars["title"] ?? "";
