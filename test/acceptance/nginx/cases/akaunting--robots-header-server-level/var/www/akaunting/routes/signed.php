<?php
// routes/signed
