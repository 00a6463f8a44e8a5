<?php
// Laravel front controller
