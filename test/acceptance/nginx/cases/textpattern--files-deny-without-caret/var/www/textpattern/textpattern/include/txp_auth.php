<?php
// admin login
