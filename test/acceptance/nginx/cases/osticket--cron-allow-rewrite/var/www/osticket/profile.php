<?php
// osTicket 1.18 placeholder: profile.php
