<?php
// modules/System/Helper/Spaces.php
