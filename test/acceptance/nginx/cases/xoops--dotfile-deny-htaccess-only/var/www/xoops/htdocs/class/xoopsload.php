<?php
// class/xoopsload.php (stand-in)
