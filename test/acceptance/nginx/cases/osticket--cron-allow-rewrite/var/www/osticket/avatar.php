<?php
// osTicket 1.18 placeholder: avatar.php
