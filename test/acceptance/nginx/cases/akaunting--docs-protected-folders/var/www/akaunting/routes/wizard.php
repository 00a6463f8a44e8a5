<?php
// routes/wizard
