<?php
$THEME->name = 'boost';
