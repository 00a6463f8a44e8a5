<?php
// class/xoopsform/form.php (stand-in)
