<?php
namespace MailSo\Base;
