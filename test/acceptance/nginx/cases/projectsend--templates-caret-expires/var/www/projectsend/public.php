<?php
// ProjectSend page stand-in: public.php
