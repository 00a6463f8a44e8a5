<?php
// OpenEMR 7.0.2 placeholder: interface/main/main_screen.php
