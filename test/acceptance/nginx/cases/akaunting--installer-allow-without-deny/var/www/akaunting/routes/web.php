<?php
// routes/web
