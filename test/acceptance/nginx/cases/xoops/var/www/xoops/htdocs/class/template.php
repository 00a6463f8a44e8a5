<?php
// class/template.php (stand-in)
