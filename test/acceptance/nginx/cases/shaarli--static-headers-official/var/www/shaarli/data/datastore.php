<?php /* eJzLSM3JyVcozy/KSQEAGgQEXQ== */ ?>
