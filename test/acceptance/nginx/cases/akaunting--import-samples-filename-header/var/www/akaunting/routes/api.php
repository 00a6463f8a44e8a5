<?php
// routes/api
