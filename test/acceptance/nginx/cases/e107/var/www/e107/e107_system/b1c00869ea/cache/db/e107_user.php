<?php exit; ?>a:0:{}
