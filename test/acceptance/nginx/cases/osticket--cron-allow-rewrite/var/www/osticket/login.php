<?php
// osTicket 1.18 placeholder: login.php
