<?php
// kernel/member.php (stand-in)
