<?php
namespace Mpdf;
class Mpdf {}
