// Generated from xsd/ceb-export-202205.xsd by `npx tsx packages/customs/src/xsd/generate-fields.ts`; do not edit.
// Field order is the XSD sequence order, which is the order the serializer writes.
export const FIELDS = {
  "OrderHead": {
    "guid": {
      "required": true,
      "base": "string",
      "length": 36
    },
    "appType": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "appTime": {
      "required": true,
      "base": "string",
      "length": 14
    },
    "appStatus": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "orderType": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "orderNo": {
      "required": true,
      "base": "string",
      "maxLength": 60
    },
    "ebpCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "ebpName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "ebcCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "ebcName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "goodsValue": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "freight": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "currency": {
      "required": true,
      "base": "string",
      "length": 3
    },
    "note": {
      "required": false,
      "base": "string",
      "maxLength": 1000
    }
  },
  "OrderList": {
    "gnum": {
      "required": true,
      "base": "int",
      "totalDigits": 5
    },
    "itemNo": {
      "required": true,
      "base": "string",
      "maxLength": 30
    },
    "itemName": {
      "required": true,
      "base": "string",
      "maxLength": 250
    },
    "itemDescribe": {
      "required": false,
      "base": "string",
      "maxLength": 1000
    },
    "barCode": {
      "required": false,
      "base": "string",
      "maxLength": 50
    },
    "unit": {
      "required": true,
      "base": "string",
      "length": 3
    },
    "currency": {
      "required": true,
      "base": "string",
      "length": 3
    },
    "qty": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "price": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "totalPrice": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "note": {
      "required": false,
      "base": "string",
      "maxLength": 1000
    }
  },
  "InventoryHead": {
    "guid": {
      "required": true,
      "base": "string",
      "length": 36
    },
    "appType": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "appTime": {
      "required": true,
      "base": "string",
      "length": 14
    },
    "appStatus": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "customsCode": {
      "required": true,
      "base": "string",
      "length": 4
    },
    "ebpCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "ebpName": {
      "required": true,
      "base": "string",
      "minLength": 0,
      "maxLength": 100
    },
    "orderNo": {
      "required": true,
      "base": "string",
      "maxLength": 60
    },
    "logisticsCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "logisticsName": {
      "required": true,
      "base": "string",
      "minLength": 0,
      "maxLength": 100
    },
    "logisticsNo": {
      "required": true,
      "base": "string",
      "maxLength": 32
    },
    "copNo": {
      "required": true,
      "base": "string",
      "maxLength": 30
    },
    "preNo": {
      "required": false,
      "base": "string",
      "length": 18
    },
    "invtNo": {
      "required": false,
      "base": "string",
      "maxLength": 20
    },
    "ieFlag": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "portCode": {
      "required": true,
      "base": "string",
      "length": 4
    },
    "ieDate": {
      "required": true,
      "base": "string",
      "length": 8
    },
    "statisticsFlag": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "agentCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "agentName": {
      "required": true,
      "base": "string",
      "minLength": 0,
      "maxLength": 100
    },
    "ebcCode": {
      "required": true,
      "base": "string",
      "minLength": 0,
      "maxLength": 18
    },
    "ebcName": {
      "required": true,
      "base": "string",
      "minLength": 0,
      "maxLength": 100
    },
    "ownerCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "ownerName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "iacCode": {
      "required": false,
      "base": "string",
      "maxLength": 18
    },
    "iacName": {
      "required": false,
      "base": "string",
      "maxLength": 100
    },
    "emsNo": {
      "required": false,
      "base": "string",
      "maxLength": 30
    },
    "tradeMode": {
      "required": true,
      "base": "string",
      "length": 4
    },
    "trafMode": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "trafName": {
      "required": false,
      "base": "string",
      "maxLength": 100
    },
    "voyageNo": {
      "required": false,
      "base": "string",
      "maxLength": 32
    },
    "billNo": {
      "required": false,
      "base": "string",
      "maxLength": 37
    },
    "totalPackageNo": {
      "required": false,
      "base": "string",
      "maxLength": 37
    },
    "loctNo": {
      "required": false,
      "base": "string",
      "maxLength": 10
    },
    "licenseNo": {
      "required": false,
      "base": "string",
      "maxLength": 19
    },
    "country": {
      "required": true,
      "base": "string",
      "length": 3
    },
    "POD": {
      "required": true,
      "base": "string",
      "minLength": 3,
      "maxLength": 4
    },
    "freight": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "fCurrency": {
      "required": true,
      "base": "string",
      "length": 3
    },
    "fFlag": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "insuredFee": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "iCurrency": {
      "required": true,
      "base": "string",
      "length": 3
    },
    "iFlag": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "wrapType": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "packNo": {
      "required": true,
      "base": "int",
      "totalDigits": 9
    },
    "grossWeight": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "netWeight": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "note": {
      "required": false,
      "base": "string",
      "maxLength": 1000
    }
  },
  "InventoryList": {
    "gnum": {
      "required": true,
      "base": "int",
      "totalDigits": 5
    },
    "itemNo": {
      "required": true,
      "base": "string",
      "maxLength": 20
    },
    "itemRecordNo": {
      "required": false,
      "base": "string",
      "maxLength": 30
    },
    "itemName": {
      "required": false,
      "base": "string",
      "maxLength": 250
    },
    "gcode": {
      "required": true,
      "base": "string",
      "length": 10
    },
    "gname": {
      "required": true,
      "base": "string",
      "maxLength": 250
    },
    "gmodel": {
      "required": true,
      "base": "string",
      "maxLength": 250
    },
    "barCode": {
      "required": true,
      "base": "string",
      "maxLength": 50
    },
    "country": {
      "required": true,
      "base": "string",
      "length": 3
    },
    "currency": {
      "required": true,
      "base": "string",
      "length": 3
    },
    "qty": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "qty1": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "qty2": {
      "required": false,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "unit": {
      "required": true,
      "base": "string",
      "length": 3
    },
    "unit1": {
      "required": true,
      "base": "string",
      "length": 3
    },
    "unit2": {
      "required": false,
      "base": "string",
      "maxLength": 3
    },
    "price": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "totalPrice": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "note": {
      "required": false,
      "base": "string",
      "maxLength": 1000
    }
  },
  "InvtCancel": {
    "guid": {
      "required": true,
      "base": "string",
      "length": 36
    },
    "appType": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "appTime": {
      "required": true,
      "base": "string",
      "length": 14
    },
    "appStatus": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "customsCode": {
      "required": true,
      "base": "string",
      "length": 4
    },
    "copNo": {
      "required": true,
      "base": "string",
      "maxLength": 30
    },
    "preNo": {
      "required": false,
      "base": "string",
      "length": 18
    },
    "invtNo": {
      "required": true,
      "base": "string",
      "maxLength": 20
    },
    "reason": {
      "required": true,
      "base": "string",
      "maxLength": 1000
    },
    "agentCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "agentName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "ebcCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "ebcName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "note": {
      "required": false,
      "base": "string",
      "maxLength": 1000
    }
  },
  "WayBillHead": {
    "guid": {
      "required": true,
      "base": "string",
      "length": 36
    },
    "appType": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "appTime": {
      "required": true,
      "base": "string",
      "length": 14
    },
    "appStatus": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "customsCode": {
      "required": true,
      "base": "string",
      "length": 4
    },
    "copNo": {
      "required": true,
      "base": "string",
      "maxLength": 30
    },
    "preNo": {
      "required": false,
      "base": "string",
      "length": 18
    },
    "agentCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "agentName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "loctNo": {
      "required": false,
      "base": "string",
      "maxLength": 10
    },
    "trafMode": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "trafName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "voyageNo": {
      "required": true,
      "base": "string",
      "maxLength": 32
    },
    "billNo": {
      "required": true,
      "base": "string",
      "maxLength": 37
    },
    "domesticTrafNo": {
      "required": false,
      "base": "string",
      "maxLength": 100
    },
    "grossWeight": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "logisticsCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "logisticsName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "msgCount": {
      "required": true,
      "base": "int",
      "totalDigits": 9
    },
    "msgSeqNo": {
      "required": true,
      "base": "int",
      "totalDigits": 9
    },
    "note": {
      "required": false,
      "base": "string",
      "maxLength": 1000
    }
  },
  "WayBillList": {
    "gnum": {
      "required": true,
      "base": "int",
      "totalDigits": 5
    },
    "totalPackageNo": {
      "required": false,
      "base": "string",
      "maxLength": 60
    },
    "logisticsNo": {
      "required": true,
      "base": "string",
      "maxLength": 32
    },
    "invtNo": {
      "required": false,
      "base": "string",
      "maxLength": 20
    },
    "note": {
      "required": false,
      "base": "string",
      "maxLength": 1000
    }
  },
  "SummaryApplyHead": {
    "guid": {
      "required": true,
      "base": "string",
      "length": 36
    },
    "appType": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "appTime": {
      "required": true,
      "base": "string",
      "length": 14
    },
    "appStatus": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "customsCode": {
      "required": true,
      "base": "string",
      "length": 4
    },
    "copNo": {
      "required": true,
      "base": "string",
      "maxLength": 30
    },
    "preNo": {
      "required": false,
      "base": "string",
      "maxLength": 18
    },
    "sumNo": {
      "required": false,
      "base": "string",
      "maxLength": 18
    },
    "agentCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "agentName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "ebcCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "ebcName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "declAgentCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "declAgentName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "startTime": {
      "required": false,
      "base": "string",
      "length": 14
    },
    "endTime": {
      "required": false,
      "base": "string",
      "length": 14
    },
    "loctNo": {
      "required": false,
      "base": "string",
      "maxLength": 10
    },
    "summaryFlag": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "itemNameFlag": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "msgCount": {
      "required": true,
      "base": "int",
      "totalDigits": 9
    },
    "msgSeqNo": {
      "required": true,
      "base": "int",
      "totalDigits": 9
    },
    "note": {
      "required": false,
      "base": "string",
      "maxLength": 1000
    }
  },
  "SummaryApplyList": {
    "invtNo": {
      "required": true,
      "base": "string",
      "maxLength": 20
    }
  },
  "InvtRefundHead": {
    "guid": {
      "required": true,
      "base": "string",
      "length": 36
    },
    "appType": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "appTime": {
      "required": true,
      "base": "string",
      "length": 14
    },
    "appStatus": {
      "required": true,
      "base": "string",
      "length": 1
    },
    "customsCode": {
      "required": true,
      "base": "string",
      "length": 4
    },
    "loctNo": {
      "required": false,
      "base": "string",
      "maxLength": 10
    },
    "ebpCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "ebpName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "ebcCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "ebcName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "logisticsNo": {
      "required": true,
      "base": "string",
      "maxLength": 80
    },
    "logisticsCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "logisticsName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "coElNo": {
      "required": true,
      "base": "string",
      "maxLength": 30
    },
    "preNo": {
      "required": false,
      "base": "string",
      "maxLength": 18
    },
    "invtNo": {
      "required": true,
      "base": "string",
      "maxLength": 20
    },
    "tradeMode": {
      "required": false,
      "base": "string",
      "length": 4
    },
    "agentCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "agentName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "billNo": {
      "required": true,
      "base": "string",
      "maxLength": 37
    },
    "ieFlag": {
      "required": true,
      "base": "string",
      "maxLength": 1
    },
    "trafMode": {
      "required": true,
      "base": "string",
      "maxLength": 1
    },
    "trafName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "portCode": {
      "required": true,
      "base": "string",
      "maxLength": 4
    },
    "reason": {
      "required": true,
      "base": "string",
      "maxLength": 500
    },
    "country": {
      "required": true,
      "base": "string",
      "maxLength": 3
    },
    "voyageNo": {
      "required": true,
      "base": "string",
      "maxLength": 32
    },
    "note": {
      "required": false,
      "base": "string",
      "maxLength": 500
    }
  },
  "InvtRefundList": {
    "gnum": {
      "required": true,
      "base": "int",
      "totalDigits": 4
    },
    "gcode": {
      "required": true,
      "base": "string",
      "maxLength": 10
    },
    "gname": {
      "required": true,
      "base": "string",
      "maxLength": 250
    },
    "gmodel": {
      "required": true,
      "base": "string",
      "maxLength": 250
    },
    "qty": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "qty1": {
      "required": true,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "unit": {
      "required": true,
      "base": "string",
      "length": 3
    },
    "unit1": {
      "required": true,
      "base": "string",
      "length": 3
    },
    "qty2": {
      "required": false,
      "base": "decimal",
      "totalDigits": 19,
      "fractionDigits": 5
    },
    "unit2": {
      "required": false,
      "base": "string",
      "length": 3
    },
    "note": {
      "required": false,
      "base": "string",
      "maxLength": 500
    }
  },
  "BaseTransfer": {
    "copCode": {
      "required": true,
      "base": "string",
      "maxLength": 18
    },
    "copName": {
      "required": true,
      "base": "string",
      "maxLength": 100
    },
    "dxpMode": {
      "required": true,
      "base": "string",
      "length": 3
    },
    "dxpId": {
      "required": true,
      "base": "string",
      "maxLength": 30
    },
    "note": {
      "required": false,
      "base": "string",
      "maxLength": 1000
    }
  }
} as const;
