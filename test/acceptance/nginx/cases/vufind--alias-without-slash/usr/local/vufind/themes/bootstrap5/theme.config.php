<?php
// Stand-in theme definition: parent theme, stylesheets and scripts.
return ['extends' => 'root', 'css' => ['compiled.css'], 'js' => ['common.js']];
