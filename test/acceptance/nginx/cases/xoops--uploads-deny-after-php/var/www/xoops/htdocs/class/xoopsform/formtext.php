<?php
// class/xoopsform/formtext.php (stand-in)
