<?php
// class/xoopseditor/xoopseditor.php (stand-in)
