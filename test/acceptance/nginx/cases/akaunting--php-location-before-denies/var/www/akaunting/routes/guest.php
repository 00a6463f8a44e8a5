<?php
// routes/guest
