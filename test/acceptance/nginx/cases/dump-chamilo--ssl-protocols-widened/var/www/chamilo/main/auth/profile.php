<?php
// Chamilo 1.11: main/auth/profile.php
