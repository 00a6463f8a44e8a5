<?php
// routes/admin
